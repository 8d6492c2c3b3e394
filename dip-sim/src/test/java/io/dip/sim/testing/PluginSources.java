package io.dip.sim.testing;

/**
 * Java sources of small third-party plugins, compiled into jars at test time by {@link PluginJarBuilder}.
 */
public final class PluginSources {

    private PluginSources() {
    }

    /**
     * A controller provider with a nested controller computing {@code u = −(g·x)} saturated to ±maxForce, with
     * one gain per state component (defaults 0.5, bounds [0, 5]).
     *
     * @param className       fully qualified provider class name
     * @param providerName    the name it registers
     * @param alias           one alias, or null for none
     * @param constructorBody statements run by the provider's public constructor (e.g. a {@code throw})
     * @return the source
     */
    public static String controllerProvider(String className, String providerName, String alias,
            String constructorBody) {
        int dot = className.lastIndexOf('.');
        String pkg = className.substring(0, dot);
        String simple = className.substring(dot + 1);
        String aliases = alias == null ? "java.util.Set.of()" : "java.util.Set.of(\"" + alias + "\")";
        return """
                package %1$s;

                import io.dip.api.*;
                import java.util.*;

                public final class %2$s implements ControllerProvider {
                    public %2$s() { %5$s }
                    public String name() { return "%3$s"; }
                    public Set<String> aliases() { return %4$s; }
                    public String description() { return "third-party state feedback"; }
                    public ParameterSpace gains() {
                        List<ParameterSpace.Parameter> p = new ArrayList<>();
                        for (String s : StateIndex.NAMES) {
                            p.add(new ParameterSpace.Parameter("g_" + s, 0.5, 0.0, 5.0, "gain on " + s));
                        }
                        return new ParameterSpace(p);
                    }
                    public Controller create(ControllerSpec spec, DynamicsRef nominal) {
                        spec.options().requireOnly(Set.of());
                        double[] g = spec.gains() == null ? gains().defaults() : spec.gains();
                        return new Feedback(g, spec.maxForce(), nominal);
                    }

                    static final class Feedback implements Controller {
                        private final double[] g;
                        private final double maxForce;
                        private final Diagnostics diagnostics = new Diagnostics(Diagnostics.SIGMA);
                        private final DoubleRingBuffer sigma = new DoubleRingBuffer(16);
                        private final DoubleRingBuffer control = new DoubleRingBuffer(16);
                        private DynamicsRef nominal;
                        private boolean closed;
                        Feedback(double[] g, double maxForce, DynamicsRef nominal) {
                            this.g = g.clone(); this.maxForce = maxForce; this.nominal = nominal;
                        }
                        public String name() { return "%3$s"; }
                        public double computeControl(double t, double[] x, double last) {
                            if (closed) { throw new IllegalStateException("closed"); }
                            nominal.get();
                            double s = 0;
                            for (int i = 0; i < g.length; i++) { s += g[i] * x[i]; }
                            diagnostics.set(0, s);
                            sigma.add(s);
                            double u = Math.max(-maxForce, Math.min(maxForce, -s));
                            control.add(u);
                            return u;
                        }
                        public void reset() { sigma.clear(); control.clear(); diagnostics.clear(); }
                        public Diagnostics diagnostics() { return diagnostics; }
                        public java.util.Map<String, DoubleRingBuffer> histories() {
                            return java.util.Map.of("sigma", sigma, "u", control);
                        }
                        public void close() { closed = true; if (nominal != null) { nominal.clear(); nominal = null; } }
                    }
                }
                """.formatted(pkg, simple, providerName, aliases, constructorBody);
    }

    /**
     * A {@link io.dip.sim.runtime.DipModule} binding {@code providerClass} under {@code key}.
     *
     * @param className     fully qualified module class name
     * @param key           the map-binder key
     * @param providerClass the fully qualified controller provider class it binds
     * @return the source
     */
    public static String controllerModule(String className, String key, String providerClass) {
        int dot = className.lastIndexOf('.');
        return """
                package %s;

                public final class %s extends com.google.inject.AbstractModule
                        implements io.dip.sim.runtime.DipModule {
                    protected void configure() {
                        com.google.inject.multibindings.MapBinder
                                .newMapBinder(binder(), String.class, io.dip.api.ControllerProvider.class)
                                .addBinding("%s").to(%s.class);
                    }
                }
                """.formatted(className.substring(0, dot), className.substring(dot + 1), key, providerClass);
    }
}
