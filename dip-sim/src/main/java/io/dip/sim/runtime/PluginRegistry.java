package io.dip.sim.runtime;

import com.google.inject.ConfigurationException;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.spi.Message;
import com.google.inject.util.Types;
import io.dip.api.ControllerProvider;
import io.dip.api.DynamicsProvider;
import io.dip.api.HardwareDriverProvider;
import io.dip.api.IntegratorProvider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The providers available to one run: controllers, plant models, integrators and hardware drivers found on the class path and in a
 * plugins directory. When a {@link DipModule} is installed, the plain providers are bound into Guice
 * {@code MapBinder<String, P>}s beside the modules' bindings and read back from one injector; without one, the plain
 * providers are the registry as they are, and no injector is built (it would hand them back unchanged, after a tenth
 * of a second of start-up).
 *
 * <p>Lookups normalise the requested name ({@link PluginNames#normalise}) and accept aliases. The registry is
 * immutable after {@link Builder#build()} and safe for concurrent lookups; providers are stateless by contract.
 * Close it when the run is over: that closes the plugin jars' class loaders.
 */
public final class PluginRegistry implements AutoCloseable {

    private final Map<PluginKind<?>, KindTable<?>> tables;
    private final PluginDirectory directory;

    private PluginRegistry(Map<PluginKind<?>, KindTable<?>> tables, PluginDirectory directory) {
        this.tables = Map.copyOf(tables);
        this.directory = directory;
    }

    /** @return a builder reading the class path of this class's loader and no plugins directory */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param pluginsDirectory a plugins directory, or null for the class path alone
     * @return the registry
     * @throws PluginException on any start-up failure (see {@link Builder#build()})
     */
    public static PluginRegistry load(Path pluginsDirectory) {
        return builder().pluginsDirectory(pluginsDirectory).build();
    }

    /**
     * @param kind the plugin kind
     * @param name a name or alias, normalised before the lookup
     * @param <P>  the provider type
     * @return the provider
     * @throws PluginException {@code unknown controller 'foo'; available: classical_smc, ...}
     */
    public <P> P provider(PluginKind<P> kind, String name) {
        return candidate(kind, name).provider();
    }

    /**
     * @param kind the plugin kind
     * @param name a name or alias
     * @param <P>  the provider type
     * @return the provider, or empty when no provider answers to the name
     */
    public <P> Optional<P> find(PluginKind<P> kind, String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return table(kind).find(PluginNames.normalise(name)).map(Candidate::provider);
    }

    /**
     * @param kind the plugin kind
     * @param name a name or alias
     * @return the provider's listing entry (its canonical name resolves aliases)
     * @throws PluginException when no provider answers to the name
     */
    public PluginInfo info(PluginKind<?> kind, String name) {
        return candidate(kind, name).info();
    }

    /** @return the controller provider called {@code name} (or with that alias) */
    public ControllerProvider controller(String name) {
        return provider(PluginKind.CONTROLLER, name);
    }

    /** @return the plant-model provider called {@code name} (or with that alias) */
    public DynamicsProvider dynamics(String name) {
        return provider(PluginKind.DYNAMICS, name);
    }

    /** @return the integrator provider called {@code name} (or with that alias) */
    public IntegratorProvider integrator(String name) {
        return provider(PluginKind.INTEGRATOR, name);
    }

    /** @return the hardware-driver provider called {@code name} (or with that alias) */
    public HardwareDriverProvider hardwareDriver(String name) {
        return provider(PluginKind.HARDWARE_DRIVER, name);
    }

    /** @return every provider, by kind ({@link PluginKind#ALL} order) then name */
    public List<PluginInfo> plugins() {
        List<PluginInfo> all = new ArrayList<>();
        for (PluginKind<?> kind : PluginKind.ALL) {
            all.addAll(plugins(kind));
        }
        return List.copyOf(all);
    }

    /** @return the providers of one kind, by name */
    public List<PluginInfo> plugins(PluginKind<?> kind) {
        List<PluginInfo> infos = new ArrayList<>();
        for (Candidate<?> candidate : table(kind).providers()) {
            infos.add(candidate.info());
        }
        return List.copyOf(infos);
    }

    /** Closes the plugin jars' class loaders; providers from those jars must not be used afterwards. */
    @Override
    public void close() {
        directory.close();
    }

    private <P> Candidate<P> candidate(PluginKind<P> kind, String name) {
        KindTable<P> table = table(kind);
        String normalised = name == null || name.isBlank() ? null : PluginNames.normalise(name);
        Optional<Candidate<P>> found = normalised == null ? Optional.empty() : table.find(normalised);
        return found.orElseThrow(() -> new PluginException("unknown " + kind.noun() + " '"
                + (name == null ? "" : name.strip()) + "'; " + table.available()));
    }

    @SuppressWarnings("unchecked")
    private <P> KindTable<P> table(PluginKind<P> kind) {
        return (KindTable<P>) tables.get(kind);
    }

    /** Configures where providers are looked for. */
    public static final class Builder {

        private ClassLoader classLoader = PluginRegistry.class.getClassLoader();
        private Path pluginsDirectory;

        private Builder() {
        }

        /**
         * @param loader the class loader whose services count as {@code classpath}, and the parent of every
         *               plugin jar's loader (default: the loader of the dip runtime, the application loader)
         * @return this builder
         */
        public Builder classLoader(ClassLoader loader) {
            if (loader == null) {
                throw new IllegalArgumentException("class loader must not be null");
            }
            this.classLoader = loader;
            return this;
        }

        /**
         * @param directory a directory of plugin jars (every {@code *.jar} in it), or null for none
         * @return this builder
         */
        public Builder pluginsDirectory(Path directory) {
            this.pluginsDirectory = directory;
            return this;
        }

        /**
         * Discovers every provider and {@link DipModule}, builds the injector when there is a module, and indexes
         * the providers.
         *
         * @return the registry
         * @throws PluginException when the plugins directory does not exist, a jar holds no dip service, a
         *                         provider or module cannot be loaded or instantiated, a module fails, or two
         *                         providers of a kind claim the same name or alias
         */
        public PluginRegistry build() {
            PluginDirectory directory = pluginsDirectory == null ? PluginDirectory.none()
                    : PluginDirectory.open(pluginsDirectory, classLoader);
            try {
                return discover(directory);
            } catch (RuntimeException | Error e) {
                directory.close();
                throw e;
            }
        }

        private PluginRegistry discover(PluginDirectory directory) {
            List<Map.Entry<ClassLoader, String>> origins = new ArrayList<>();
            origins.add(Map.entry(classLoader, "classpath"));
            for (PluginJar jar : directory.jars()) {
                origins.add(Map.entry(jar.loader(), jar.fileName()));
            }
            Map<ClassLoader, String> sources = new IdentityHashMap<>();
            origins.forEach(origin -> sources.put(origin.getKey(), origin.getValue()));
            Map<PluginKind<?>, List<Candidate<?>>> plain = new LinkedHashMap<>();
            for (PluginKind<?> kind : PluginKind.ALL) {
                plain.put(kind, new ArrayList<>());
            }
            List<LoadedService<DipModule>> modules = new ArrayList<>();
            for (Map.Entry<ClassLoader, String> source : origins) {
                boolean jar = source.getKey() != classLoader;
                int found = 0;
                for (PluginKind<?> kind : PluginKind.ALL) {
                    found += scan(kind, source.getKey(), source.getValue(), jar, plain.get(kind));
                }
                List<LoadedService<DipModule>> own = ServiceScanner.load(DipModule.class, source.getKey(),
                        source.getValue(), jar);
                modules.addAll(own);
                if (jar && found + own.size() == 0) {
                    throw new PluginException("not a plugin: the META-INF/services entries of " + source.getValue()
                            + " name no class inside " + source.getValue());
                }
            }
            Map<PluginKind<?>, KindTable<?>> tables = new LinkedHashMap<>();
            if (modules.isEmpty()) {
                for (PluginKind<?> kind : PluginKind.ALL) {
                    tables.put(kind, plainTable(kind, plain.get(kind)));
                }
                return new PluginRegistry(tables, directory);
            }
            Injector injector = createInjector(new ProviderBridgeModule(plain), modules);
            Map<Object, Candidate<?>> byInstance = new IdentityHashMap<>();
            plain.values().forEach(list -> list.forEach(c -> byInstance.put(c.provider(), c)));
            for (PluginKind<?> kind : PluginKind.ALL) {
                tables.put(kind, readTable(injector, kind, byInstance, sources, modules));
            }
            return new PluginRegistry(tables, directory);
        }

        @SuppressWarnings("unchecked")
        private static <P> KindTable<P> plainTable(PluginKind<P> kind, List<Candidate<?>> candidates) {
            List<Candidate<P>> typed = new ArrayList<>();
            candidates.forEach(candidate -> typed.add((Candidate<P>) candidate));
            return new KindTable<>(kind, typed);
        }

        private static <P> int scan(PluginKind<P> kind, ClassLoader loader, String source, boolean ownOnly,
                List<Candidate<?>> into) {
            List<LoadedService<P>> services = ServiceScanner.load(kind.type(), loader, source, ownOnly);
            for (LoadedService<P> service : services) {
                into.add(Candidate.of(kind, service.instance(), source));
            }
            return services.size();
        }

        private static Injector createInjector(Module bridge, List<LoadedService<DipModule>> modules) {
            List<Module> all = new ArrayList<>();
            all.add(bridge);
            modules.forEach(m -> all.add(m.instance()));
            try {
                return Guice.createInjector(Stage.PRODUCTION, all);
            } catch (CreationException e) {
                throw new PluginException(injectorFailure(e.getErrorMessages(), modules), e);
            } catch (ConfigurationException e) {
                throw new PluginException(injectorFailure(e.getErrorMessages(), modules), e);
            }
        }

        private static String injectorFailure(Collection<Message> errors, List<LoadedService<DipModule>> modules) {
            List<String> names = new ArrayList<>();
            modules.forEach(m -> names.add(m.describe()));
            StringBuilder text = new StringBuilder("the plugin modules ").append(names)
                    .append(" could not be wired: ");
            int i = 0;
            for (Message error : errors) {
                if (i++ > 0) {
                    text.append("; ");
                }
                text.append(error.getMessage().replaceAll("\\s+", " ").strip());
                if (error.getCause() != null) {
                    text.append(" (").append(ServiceScanner.describe(error.getCause())).append(')');
                }
            }
            return text.toString();
        }

        private static <P> KindTable<P> readTable(Injector injector, PluginKind<P> kind,
                Map<Object, Candidate<?>> byInstance, Map<ClassLoader, String> sources,
                List<LoadedService<DipModule>> modules) {
            @SuppressWarnings("unchecked")
            Key<Map<String, Set<P>>> key = (Key<Map<String, Set<P>>>) Key.get(
                    Types.mapOf(String.class, Types.setOf(kind.type())));
            List<Candidate<P>> candidates = new ArrayList<>();
            for (Map.Entry<String, Set<P>> entry : injector.getInstance(key).entrySet()) {
                for (P provider : entry.getValue()) {
                    Candidate<P> candidate = candidateFor(kind, provider, byInstance, sources, modules);
                    if (!candidate.name().equals(entry.getKey())) {
                        throw new PluginException(kind.noun() + " provider " + candidate.describe()
                                + " is bound under '" + entry.getKey() + "' but its name is '" + candidate.name()
                                + "'; bind it under its normalised name");
                    }
                    candidates.add(candidate);
                }
            }
            return new KindTable<>(kind, candidates);
        }

        @SuppressWarnings("unchecked")
        private static <P> Candidate<P> candidateFor(PluginKind<P> kind, P provider,
                Map<Object, Candidate<?>> byInstance, Map<ClassLoader, String> sources,
                List<LoadedService<DipModule>> modules) {
            Candidate<?> plain = byInstance.get(provider);
            if (plain != null) {
                return (Candidate<P>) plain;
            }
            ClassLoader loader = provider.getClass().getClassLoader();
            String source = sources.getOrDefault(loader, "classpath");
            List<String> sameSource = new ArrayList<>();
            for (LoadedService<DipModule> module : modules) {
                if (module.source().equals(source)) {
                    sameSource.add(module.instance().getClass().getName());
                }
            }
            String via = sameSource.size() == 1 ? "module " + sameSource.get(0) : "a Guice module";
            return Candidate.of(kind, provider, source + ", " + via);
        }
    }
}
