package dev.debrief.cli;

/** Makes an incident id safe to use as a file name on every common system. */
final class FileNames {
    private static final int MAX = 100;

    private FileNames() {}

    static String safe(String id) {
        String name = id.strip()
                .replaceAll("[^\\p{L}\\p{N}._-]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^[.-]+|[.-]+$", "");
        if (name.length() > MAX) {
            name = name.substring(0, MAX);
        }
        return name.isEmpty() ? "incident" : name;
    }
}
