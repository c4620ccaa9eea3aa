package fr.fabrikaprojets.application;

/** A document to download: its name, its media type (read from its content at upload) and its bytes. */
public record DocumentContent(String filename, String mediaType, byte[] bytes) {
}
