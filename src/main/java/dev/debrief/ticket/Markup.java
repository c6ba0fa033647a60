package dev.debrief.ticket;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one ticket format writes a heading, a label, a link and a list item, and how it escapes user text so that it
 * shows as written: it never becomes markup, an HTML tag, a link with a hidden target, or a mention that pings
 * someone. Labels are our own text; everything a person wrote goes through {@link #text}.
 */
sealed interface Markup {
    /** User text as one escaped line. */
    default String text(String userText) {
        return escape(Line.of(userText));
    }

    /** One clean line (see {@link Line}) escaped for this format. */
    String escape(String line);

    String heading(String escaped);

    /** Our own label, in bold where the format has bold. */
    String label(String trusted);

    /** A link with escaped text to an address {@link WebAddress} accepted. */
    String link(String escaped, String address);

    /** An address shown as itself, linked where the format links. */
    String address(String address);

    /** A ticket id written so that this tracker links it by itself, when it has that form here. */
    Optional<String> reference(String ticket);

    String bullet(String escaped);

    /** What ends a line that the next line continues, inside one paragraph. */
    String lineEnd();

    /**
     * GitHub- and GitLab-flavoured Markdown. Every ASCII punctuation character that can start markup is
     * backslash-escaped (CommonMark allows it for all of them), and so is a line start that would open a list or a
     * heading. Mentions ({@code @team}) and cross-references ({@code #12}, GitLab's {@code !12}, {@code &12},
     * {@code $12}) are found by GitHub and GitLab in the rendered text, where a backslash has already gone, so a
     * zero-width space after the sigil breaks them, as Renovate does; a reader does not see it.
     */
    record GitHubMarkdown() implements Markup {
        private static final String ESCAPED = "\\`*_{}[]()#+!<>|~$&";
        private static final String REFERENCE_SIGILS = "#!&$";
        private static final Pattern LIST_NUMBER = Pattern.compile("^\\d{1,9}(?=[.)])");
        private static final Pattern ISSUE = Pattern.compile("([A-Za-z0-9][\\w.-]*/[A-Za-z0-9][\\w.-]*)?#\\d+");

        @Override
        public String escape(String line) {
            StringBuilder out = new StringBuilder(line.length() + 16);
            Matcher number = LIST_NUMBER.matcher(line);
            int numberEnd = number.find() ? number.end() : -1;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (ESCAPED.indexOf(c) >= 0 || (i == 0 && (c == '-' || c == '=')) || i == numberEnd) {
                    out.append('\\');
                }
                out.append(c);
                char next = i + 1 < line.length() ? line.charAt(i + 1) : ' ';
                if ((c == '@' && isWordChar(next)) || (REFERENCE_SIGILS.indexOf(c) >= 0 && isAsciiDigit(next))) {
                    out.append("&#8203;");
                }
            }
            return out.toString();
        }

        @Override
        public String heading(String escaped) {
            return "### " + escaped;
        }

        @Override
        public String label(String trusted) {
            return "**" + trusted + "**";
        }

        @Override
        public String link(String escaped, String address) {
            return "[" + escaped + "](<" + address.replace("&", "\\&") + ">)";
        }

        @Override
        public String address(String address) {
            return "<" + address.replace("&", "\\&") + ">";
        }

        @Override
        public Optional<String> reference(String ticket) {
            return ISSUE.matcher(ticket).matches() ? Optional.of(ticket) : Optional.empty();
        }

        @Override
        public String bullet(String escaped) {
            return "- " + escaped;
        }

        @Override
        public String lineEnd() {
            return "\\";
        }
    }

    /**
     * Jira wiki markup. Its markup characters are backslash-escaped (Jira's documented {@code \X}); a backslash
     * itself becomes the entity {@code &#92;}, since {@code \\} is Jira's line break; {@code &} that could start an
     * entity becomes {@code &amp;}. Escaping {@code [} and {@code !} and {@code {} rules out links, mentions
     * ({@code [~user]}), images and macros such as {@code {noformat}}; a leading {@code h1.} or {@code bq.} loses
     * its power too, should the text ever start a line.
     */
    record JiraWiki() implements Markup {
        private static final String ESCAPED = "*_-+^~{}[]|!#";
        private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]+-[1-9]\\d*");
        private static final Pattern BLOCK_START = Pattern.compile("^(h[1-6]|bq)(?=\\.)");

        @Override
        public String escape(String line) {
            StringBuilder out = new StringBuilder(line.length() + 16);
            Matcher block = BLOCK_START.matcher(line);
            int blockDot = block.find() ? block.end() : -1;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                char next = i + 1 < line.length() ? line.charAt(i + 1) : ' ';
                char previous = i > 0 ? line.charAt(i - 1) : ' ';
                if (c == '\\') {
                    out.append("&#92;");
                } else if (c == '&' && (next == '#' || Character.isLetter(next))) {
                    out.append("&amp;");
                } else if (ESCAPED.indexOf(c) >= 0 || (c == '?' && (next == '?' || previous == '?')) || i == blockDot) {
                    out.append('\\').append(c);
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }

        @Override
        public String heading(String escaped) {
            return "h3. " + escaped;
        }

        @Override
        public String label(String trusted) {
            return "*" + trusted + "*";
        }

        @Override
        public String link(String escaped, String address) {
            return "[" + escaped + "|" + address + "]";
        }

        @Override
        public String address(String address) {
            return "[" + address + "]";
        }

        @Override
        public Optional<String> reference(String ticket) {
            return KEY.matcher(ticket).matches() ? Optional.of(ticket) : Optional.empty();
        }

        @Override
        public String bullet(String escaped) {
            return "* " + escaped;
        }

        @Override
        public String lineEnd() {
            return "";
        }
    }

    /**
     * Slack mrkdwn. {@code &}, {@code <} and {@code >} become entities, so no {@code <!channel>}, {@code <@U123>} or
     * {@code <url|text>} can come from user text. Slack has no escape for its formatting characters: a zero-width
     * space on each side keeps {@code * _ ~ `} from opening or closing bold, italics, strike or code, and one after
     * {@code @} keeps a pasted {@code @here} from pinging.
     */
    record SlackMrkdwn() implements Markup {
        private static final String INERT = "*_~`";
        private static final char ZERO_WIDTH_SPACE = '\u200B';

        @Override
        public String escape(String line) {
            StringBuilder out = new StringBuilder(line.length() + 16);
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    default -> {
                        if (INERT.indexOf(c) >= 0) {
                            out.append(ZERO_WIDTH_SPACE).append(c).append(ZERO_WIDTH_SPACE);
                        } else {
                            out.append(c);
                            if (c == '@' && i + 1 < line.length() && isWordChar(line.charAt(i + 1))) {
                                out.append(ZERO_WIDTH_SPACE);
                            }
                        }
                    }
                }
            }
            return out.toString();
        }

        @Override
        public String heading(String escaped) {
            return "*" + escaped + "*";
        }

        @Override
        public String label(String trusted) {
            return "*" + trusted + "*";
        }

        @Override
        public String link(String escaped, String address) {
            return "<" + address.replace("&", "&amp;") + "|" + escaped + ">";
        }

        @Override
        public String address(String address) {
            return "<" + address.replace("&", "&amp;") + ">";
        }

        @Override
        public Optional<String> reference(String ticket) {
            return Optional.empty();
        }

        @Override
        public String bullet(String escaped) {
            return "• " + escaped;
        }

        @Override
        public String lineEnd() {
            return "";
        }
    }

    /** Plain text: nothing is markup, so user text is only made one clean line. */
    record PlainText() implements Markup {
        @Override
        public String escape(String line) {
            return line;
        }

        @Override
        public String heading(String escaped) {
            return escaped;
        }

        @Override
        public String label(String trusted) {
            return trusted;
        }

        @Override
        public String link(String escaped, String address) {
            return escaped + " (" + address + ")";
        }

        @Override
        public String address(String address) {
            return address;
        }

        @Override
        public Optional<String> reference(String ticket) {
            return Optional.empty();
        }

        @Override
        public String bullet(String escaped) {
            return "- " + escaped;
        }

        @Override
        public String lineEnd() {
            return "";
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
