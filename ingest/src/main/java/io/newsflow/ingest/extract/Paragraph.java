package io.newsflow.ingest.extract;

/**
 * A run of text between block boundaries, in document order.
 *
 * @param text       the text, whitespace collapsed
 * @param linkChars  how many of its characters sit inside links
 * @param tag        the tag of the block it belongs to
 */
record Paragraph(String text, int linkChars, String tag) {

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    boolean heading() {
        return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
    }
}
