package dev.debrief.cli;

/** A source of "something changed" for watch mode: real file events, or a script in tests. */
interface Changes extends AutoCloseable {
    /**
     * Waits for the next change (a burst of changes counts as one).
     *
     * @return true when something changed; false when watching has stopped (closed, or the thread interrupted)
     */
    boolean await();

    /** Stops watching; a waiting {@link #await()} returns false. */
    @Override
    void close();
}
