package org.polymetric.kernel.metrics;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Reads a JDBC pool's figures from Payara's own pool: connections in use and free, callers
 * waiting for one, and the most it holds. Payara has no public API for them: its vendor metrics
 * list only pools of the domain's configuration (the portal's is an application
 * {@code @DataSourceDefinition}), and its monitoring MBeans need monitoring levels and AMX
 * switched on, which the launcher's server, the tests' managed one and an operator's own start
 * would each have to do. So this asks the connector runtime's pool manager, through the interfaces
 * Payara's own connection-pool health check uses ({@code PoolManager.getPool},
 * {@code ResourcePool.getPoolStatus}, its {@code PoolWaitQueue}), by reflection, as the portal
 * compiles against Jakarta EE only. The pool is named by the {@code PoolInfo} the data source's
 * connection manager holds, found by its type. Everything is looked up once, at {@link #of}; a
 * server where any of it is missing fails there, and the pool stays unmeasured.
 */
final class PayaraPool {
    /** One reading; {@code used + free} are the connections the pool holds now. */
    record Figures(int used, int free, int waiting, int max) {
    }

    private final Object manager;
    private final Object poolInfo;
    private final Method getPool;
    private final Method status;
    private final Method free;
    private final Method used;
    private final Method maxSize;
    private final Method waitQueue;
    private final Method queueLength;

    private PayaraPool(Object dataSource) throws ReflectiveOperationException {
        ClassLoader loader = dataSource.getClass().getClassLoader();
        Class<?> runtime = Class.forName("com.sun.enterprise.connectors.ConnectorRuntime", true, loader);
        Class<?> managerType = Class.forName("com.sun.enterprise.resource.pool.PoolManager", true, loader);
        Class<?> poolType = Class.forName("com.sun.enterprise.resource.pool.ResourcePool", true, loader);
        Class<?> statusType = Class.forName("com.sun.enterprise.resource.pool.PoolStatus", true, loader);
        Class<?> queueType = Class.forName("com.sun.enterprise.resource.pool.waitqueue.PoolWaitQueue", true, loader);
        Class<?> infoType = Class.forName("org.glassfish.resourcebase.resources.api.PoolInfo", true, loader);
        manager = runtime.getMethod("getPoolManager").invoke(runtime.getMethod("getRuntime").invoke(null));
        if (manager == null) {
            throw new ClassNotFoundException("the connector runtime has no pool manager");
        }
        Object connectionManager = field(dataSource, jakarta.resource.spi.ConnectionManager.class);
        poolInfo = field(connectionManager, infoType);
        getPool = managerType.getMethod("getPool", infoType);
        status = poolType.getMethod("getPoolStatus");
        maxSize = poolType.getMethod("getMaxPoolSize");
        waitQueue = poolType.getMethod("getPoolWaitQueue");
        free = statusType.getMethod("getNumConnFree");
        used = statusType.getMethod("getNumConnUsed");
        queueLength = queueType.getMethod("getQueueLength");
    }

    /**
     * The reader of the pool behind {@code dataSource} (as JNDI gives it); fails when the server
     * is not a Payara that keeps pools this way.
     */
    static PayaraPool of(Object dataSource) throws ReflectiveOperationException {
        try {
            return new PayaraPool(dataSource);
        } catch (LinkageError | RuntimeException e) {
            throw new ReflectiveOperationException(e);
        }
    }

    /** The figures now; empty while the pool is not there (not made yet, or the application is going away). */
    Optional<Figures> read() {
        try {
            Object pool = getPool.invoke(manager, poolInfo);
            if (pool == null) {
                return Optional.empty();
            }
            Object s = status.invoke(pool);
            Object queue = waitQueue.invoke(pool);
            return Optional.of(new Figures((int) used.invoke(s), (int) free.invoke(s),
                    queue == null ? 0 : (int) queueLength.invoke(queue), (int) maxSize.invoke(pool)));
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The value of {@code owner}'s first field (its class's or a superclass's) holding a {@code type}. */
    private static Object field(Object owner, Class<?> type) throws ReflectiveOperationException {
        for (Class<?> c = owner.getClass(); c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (type.isAssignableFrom(f.getType())) {
                    f.setAccessible(true);
                    Object value = f.get(owner);
                    if (value != null) {
                        return value;
                    }
                }
            }
        }
        throw new NoSuchFieldException(owner.getClass().getName() + " holds no " + type.getName());
    }
}
