package io.dip.sim.runtime;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Loads and instantiates the services of one type from one class loader, turning every loading failure into a
 * {@link PluginException} that names the source and the class.
 */
final class ServiceScanner {

    private ServiceScanner() {
    }

    /**
     * @param service        the service interface
     * @param loader         the class loader whose {@code META-INF/services} entries are read
     * @param source         {@code classpath} or the jar file name, for messages and listings
     * @param ownClassesOnly keep only providers defined by {@code loader} itself (a plugin jar's loader also
     *                       sees its parent's services, which were loaded already)
     * @param <S>            the service type
     * @return the instantiated services in discovery order
     * @throws PluginException when a listed class is missing, of the wrong type, or throws while instantiated
     */
    static <S> List<LoadedService<S>> load(Class<S> service, ClassLoader loader, String source,
            boolean ownClassesOnly) {
        List<LoadedService<S>> out = new ArrayList<>();
        Iterator<ServiceLoader.Provider<S>> providers = ServiceLoader.load(service, loader).stream().iterator();
        while (true) {
            ServiceLoader.Provider<S> provider;
            try {
                if (!providers.hasNext()) {
                    break;
                }
                provider = providers.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                throw new PluginException("cannot load a " + service.getName() + " from " + source + ": "
                        + withoutServicePrefix(service, e), e);
            }
            if (ownClassesOnly && provider.type().getClassLoader() != loader) {
                continue;
            }
            out.add(new LoadedService<>(instantiate(service, provider, source), source));
        }
        return out;
    }

    private static <S> S instantiate(Class<S> service, ServiceLoader.Provider<S> provider, String source) {
        try {
            return provider.get();
        } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
            Throwable cause = e instanceof ServiceConfigurationError && e.getCause() != null ? e.getCause() : e;
            throw new PluginException(service.getSimpleName() + " " + provider.type().getName() + " in " + source
                    + " could not be instantiated: " + describe(cause), e);
        }
    }

    private static String withoutServicePrefix(Class<?> service, Throwable e) {
        String message = String.valueOf(e.getMessage());
        String prefix = service.getName() + ": ";
        String text = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        return e.getCause() == null ? text : text + ": " + describe(e.getCause());
    }

    /**
     * @param t a failure
     * @return {@code SimpleClassName: message}, or the class name alone when there is no message
     */
    static String describe(Throwable t) {
        return t.getMessage() == null ? t.getClass().getName() : t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
