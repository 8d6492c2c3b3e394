package io.dip.cluster;

import java.util.ArrayList;
import java.util.List;

/** Compares the plugin jars of the invoking process with a member's, by name and SHA-256. */
final class PluginMismatch {

    private PluginMismatch() {
    }

    /**
     * @param wanted the invoking process's plugin jars
     * @param member the member's
     * @param where  the member, for the message
     * @return one line naming the jars missing or different on the member and those it has in excess, or null
     *         when the jars are the same
     */
    static String describe(List<PluginFingerprint> wanted, List<PluginFingerprint> member, String where) {
        if (member.equals(wanted)) {
            return null;
        }
        List<String> problems = new ArrayList<>();
        for (PluginFingerprint jar : wanted) {
            if (!member.contains(jar)) {
                boolean sameName = member.stream().anyMatch(m -> m.name().equals(jar.name()));
                problems.add((sameName ? "a different " : "no ") + jar);
            }
        }
        for (PluginFingerprint jar : member) {
            if (wanted.stream().noneMatch(w -> w.name().equals(jar.name()))) {
                problems.add("an extra " + jar);
            }
        }
        return "member " + where + " has not the plugin jars of this process: it has " + String.join(", ", problems)
                + " (every member needs the same --plugins jars)";
    }
}
