package io.dip.web;

/**
 * One server-sent event of a job's stream.
 *
 * @param name the event name: {@code samples}, {@code progress}, {@code end}
 * @param data its JSON text (one line)
 */
record ServerEvent(String name, String data) {

    /** The name of the last event of every stream; its data is the job's status document. */
    static final String END = "end";

    /** @return true for the last event of a stream */
    boolean isEnd() {
        return END.equals(name);
    }
}
