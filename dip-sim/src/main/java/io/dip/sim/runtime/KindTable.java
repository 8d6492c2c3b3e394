package io.dip.sim.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The providers of one kind, indexed by normalised name and alias. Immutable once built.
 *
 * @param <P> the provider type
 */
final class KindTable<P> {

    private final PluginKind<P> kind;
    private final Map<String, Candidate<P>> byName;
    private final List<Candidate<P>> providers;

    /**
     * @param kind       the kind
     * @param candidates every provider of the kind
     * @throws PluginException when two providers claim the same name or alias, naming both
     */
    KindTable(PluginKind<P> kind, List<Candidate<P>> candidates) {
        this.kind = kind;
        List<Candidate<P>> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparing((Candidate<P> c) -> c.name()).thenComparing(Candidate::source)
                .thenComparing(c -> c.provider().getClass().getName()));
        Map<String, Candidate<P>> index = new HashMap<>();
        for (Candidate<P> candidate : sorted) {
            claim(index, candidate.name(), candidate, "name");
        }
        for (Candidate<P> candidate : sorted) {
            for (String alias : candidate.aliases()) {
                claim(index, alias, candidate, "alias");
            }
        }
        this.byName = Map.copyOf(index);
        this.providers = List.copyOf(sorted);
    }

    private void claim(Map<String, Candidate<P>> index, String key, Candidate<P> candidate, String role) {
        Candidate<P> previous = index.putIfAbsent(key, candidate);
        if (previous != null) {
            String previousRole = previous.name().equals(key) ? "name" : "alias";
            throw new PluginException("duplicate " + kind.noun() + " " + (role.equals(previousRole) ? role
                    : "name or alias") + " '" + key + "': " + previousRole + " of " + previous.describe() + " and "
                    + role + " of " + candidate.describe());
        }
    }

    /** @return the provider answering to {@code normalisedName}, if any */
    Optional<Candidate<P>> find(String normalisedName) {
        return Optional.ofNullable(byName.get(normalisedName));
    }

    /** @return every provider, sorted by name */
    List<Candidate<P>> providers() {
        return providers;
    }

    /** @return {@code "classical_smc, linear (lowrank), ..."}, or a note that there is none */
    String available() {
        if (providers.isEmpty()) {
            return "no " + kind.noun() + " providers are installed";
        }
        StringBuilder text = new StringBuilder();
        for (Candidate<P> candidate : providers) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(candidate.name());
            if (!candidate.aliases().isEmpty()) {
                text.append(" (").append(String.join(", ", candidate.aliases())).append(')');
            }
        }
        return "available: " + text;
    }
}
