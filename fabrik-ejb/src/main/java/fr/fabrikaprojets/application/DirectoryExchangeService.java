package fr.fabrikaprojets.application;

/**
 * The directory in and out as spreadsheets. An import is checked whole first (a preview with a report per line) and
 * then written whole or not at all. Files are CSV in UTF-8, separated by semicolons or commas; see the README for the
 * columns. Exports use the same columns, so an export can be edited and imported back.
 */
public interface DirectoryExchangeService {

    /** The most lines an import takes at once. */
    int MAX_LINES = 20_000;

    ImportReport previewOrganisations(String platformCode, byte[] csv);

    /** Creates or updates (by short name) every organisation of the file, or refuses the whole file. */
    ImportReport importOrganisations(String platformCode, byte[] csv);

    ImportReport previewPeople(String platformCode, byte[] csv);

    /** Creates or updates (by e-mail) every person of the file and their membership, or refuses the whole file. */
    ImportReport importPeople(String platformCode, byte[] csv);

    byte[] exportOrganisations(String platformCode, ExportFormat format);

    byte[] exportPeople(String platformCode, ExportFormat format);
}
