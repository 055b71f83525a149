/*
 * camel-coveo-push: an Apache Camel component that feeds Coveo Cloud Push sources.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelcoveo.push.batch;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Writes the JSON of text entries off the caller's thread: a consumer's thread then only admits its documents, and
 * the JSON of many is written at once on {@code threads} threads. The tasks run in a few long-lived drains, not one
 * pool task each: a drain starts when none runs, and another one (up to the pool's size) when the queue grows. The
 * queue needs no bound of its own: every task is an admitted document, bounded by {@code maxPendingDocuments} and
 * {@code maxPendingBytes}. Without a pool, and once it is shut down, tasks run on the caller's thread.
 */
final class TextLane {

    /** Queued tasks past which a second drain starts. */
    private static final int BACKLOG = 32;

    private final ExecutorService pool;
    private final int threads;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicInteger unfinished = new AtomicInteger();
    private final AtomicInteger drains = new AtomicInteger();

    TextLane(ExecutorService pool, int threads) {
        this.pool = pool;
        this.threads = threads;
    }

    /** Runs {@code task}, which must not throw, on the lane. */
    void execute(Runnable task) {
        if (pool == null || pool.isShutdown()) {
            task.run();
            return;
        }
        unfinished.incrementAndGet();
        tasks.add(task);
        int backlog = queued.incrementAndGet();
        int running = drains.get();
        if ((running == 0 || backlog > BACKLOG && running < threads) && drains.compareAndSet(running, running + 1)) {
            try {
                pool.execute(this::drain);
            } catch (RejectedExecutionException shutDown) {
                drains.decrementAndGet();
                help();
            }
        }
    }

    /**
     * Returns once every task handed to the lane so far has run: the caller runs those still queued, then waits for
     * those running, which are short (JSON written into memory, an entry appended).
     */
    void await() {
        help();
        while (unfinished.get() > 0) {
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(20));
        }
    }

    private void help() {
        for (Runnable task = poll(); task != null; task = poll()) {
            run(task);
        }
    }

    private void drain() {
        while (true) {
            help();
            drains.decrementAndGet();
            // a task added after the last poll, whose caller saw this drain still running, is ours to run
            int running = drains.get();
            if (tasks.isEmpty() || running >= threads || !drains.compareAndSet(running, running + 1)) {
                return;
            }
        }
    }

    private Runnable poll() {
        Runnable task = tasks.poll();
        if (task != null) {
            queued.decrementAndGet();
        }
        return task;
    }

    private void run(Runnable task) {
        try {
            task.run();
        } finally {
            unfinished.decrementAndGet();
        }
    }
}
