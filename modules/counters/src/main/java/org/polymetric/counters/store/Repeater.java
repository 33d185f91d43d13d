package org.polymetric.counters.store;

import jakarta.enterprise.concurrent.ManagedThreadFactory;

/**
 * Runs a task on a daemon thread of the server's factory, again and again with a pause before
 * each run, until stopped. The task handles its own failures: a run that throws ends the thread.
 */
final class Repeater {
    private final String name;
    private final Runnable task;
    private volatile Thread thread;

    Repeater(String name, Runnable task) {
        this.name = name;
        this.task = task;
    }

    /** Starts the thread unless it runs already; {@code everyMillis} is the pause before each run. */
    synchronized void start(ManagedThreadFactory threads, long everyMillis) {
        if (thread != null) {
            return;
        }
        Thread t = threads.newThread(() -> run(everyMillis));
        t.setName(name);
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    void stop() {
        Thread t = thread;
        thread = null;
        if (t != null) {
            t.interrupt();
        }
    }

    private void run(long everyMillis) {
        while (thread == Thread.currentThread()) {
            try {
                Thread.sleep(everyMillis);
            } catch (InterruptedException e) {
                return;
            }
            task.run();
        }
    }
}
