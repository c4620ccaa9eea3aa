package fr.fabrikaprojets.web;

/** The little SVG the network's pictures need: escaped text and a document frame. */
final class Svg {

    private final StringBuilder out = new StringBuilder();

    Svg(int width, int height, String title) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" font-family=\"sans-serif\" font-size=\"12\"><title>").append(escape(title))
                .append("</title><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
    }

    Svg text(double x, double y, String anchor, String text, String extra) {
        out.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"").append(anchor)
                .append("\" ").append(extra).append('>').append(escape(text)).append("</text>");
        return this;
    }

    Svg rect(double x, double y, double width, double height, String fill) {
        out.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" fill=\"").append(fill)
                .append("\" stroke=\"#ffffff\"/>");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, String extra) {
        out.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2)
                .append("\" y2=\"").append(y2).append("\" stroke=\"").append(stroke).append("\" ").append(extra)
                .append("/>");
        return this;
    }

    String close() {
        return out.append("</svg>").toString();
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
