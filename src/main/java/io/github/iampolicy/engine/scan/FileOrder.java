/*
 * Copyright 2026 The iam-policy-maven-plugin authors
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
package io.github.iampolicy.engine.scan;

import io.github.iampolicy.engine.session.AnalysisSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a task to every item on several threads and hands the results on in item order, each as soon as it
 * and every earlier one are done. A result that finishes early waits in a reorder buffer keyed by its index;
 * one handed on is no longer referenced here, so memory holds the results in flight, not all of them.
 */
final class FileOrder {

    private FileOrder() {}

    /**
     * @param threads  threads to use, the calling thread among them
     * @param inOrder  receives the results in item order, one call at a time
     */
    static <S, T> void run(
            List<S> items, int threads, AnalysisSession session, Function<S, T> task, Consumer<T> inOrder) {
        int workers = Math.min(threads, items.size());
        if (workers <= 1) {
            items.forEach(item -> inOrder.accept(task.apply(item)));
            return;
        }
        Buffer<T> buffer = new Buffer<>(inOrder);
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < items.size() && !failed.get(); i = next.getAndIncrement()) {
                try {
                    buffer.done(i, task.apply(items.get(i)));
                } catch (RuntimeException | Error e) {
                    failed.set(true); // the others stop taking items; the first failure is rethrown below
                    throw e;
                }
            }
        };
        List<Future<?>> helpers = new ArrayList<>();
        for (int w = 1; w < workers; w++) {
            helpers.add(session.helpers().submit(work));
        }
        RuntimeException mine = null;
        try {
            work.run();
        } catch (RuntimeException e) {
            mine = e;
        }
        for (Future<?> f : helpers) {
            join(f);
        }
        if (mine != null) {
            throw mine;
        }
    }

    /** The reorder buffer: results past the next index to hand on wait here. */
    private static final class Buffer<T> {
        private final Consumer<T> inOrder;
        private final Map<Integer, T> waiting = new HashMap<>();
        private int nextIndex;

        Buffer(Consumer<T> inOrder) {
            this.inOrder = inOrder;
        }

        synchronized void done(int index, T result) {
            waiting.put(index, result);
            for (T r = waiting.remove(nextIndex); r != null; r = waiting.remove(nextIndex)) {
                nextIndex++;
                inOrder.accept(r);
            }
        }
    }

    private static void join(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the scan was interrupted", e);
        } catch (ExecutionException e) {
            // the sequential scan would have thrown the same thing from the same item
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
