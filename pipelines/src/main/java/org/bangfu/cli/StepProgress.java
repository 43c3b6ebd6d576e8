package org.bangfu.cli;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.StageInfo;
import org.bangfu.ingest.IngestProgress;
import scala.collection.JavaConverters;

/**
 * How far the running step is, from one source: a Spark listener that counts the tasks of every
 * job the step starts (the total grows as jobs start, and shrinks by the tasks of stages Spark
 * skips) and the rows they write, plus the files ingest lands before its Spark jobs. A
 * {@link ProgressDisplay} shows it every so often; the steps themselves report nothing.
 */
final class StepProgress extends SparkListener implements IngestProgress, AutoCloseable {

    private final SparkContext context;
    private final ProgressDisplay display;
    private final ScheduledExecutorService ticker;
    private final Map<Integer, Integer> jobOfStage = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicLong> tasksLeftOfJob = new ConcurrentHashMap<>();
    private final AtomicLong tasksTotal = new AtomicLong();
    private final AtomicLong tasksDone = new AtomicLong();
    private final AtomicLong filesTotal = new AtomicLong();
    private final AtomicLong filesDone = new AtomicLong();
    private final AtomicLong rowsWritten = new AtomicLong();
    private volatile Step current;

    StepProgress(SparkContext context, ProgressDisplay display) {
        this.context = context;
        this.display = display;
        this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bangfu-progress");
            thread.setDaemon(true);
            return thread;
        });
        if (display != ProgressDisplay.NONE) {
            context.addSparkListener(this);
            long interval = display.interval().toMillis();
            ticker.scheduleAtFixedRate(this::show, interval, interval, TimeUnit.MILLISECONDS);
        }
    }

    /** The step that runs from now until the returned step is closed. */
    Step begin(String chinese, String english) {
        jobOfStage.clear();
        tasksLeftOfJob.clear();
        tasksTotal.set(0);
        tasksDone.set(0);
        filesTotal.set(0);
        filesDone.set(0);
        rowsWritten.set(0);
        Step step = new Step(chinese, english, System.nanoTime());
        current = step;
        display.started(step.chinese, step.english);
        return step;
    }

    /** A step being watched; closing it ends the display of its progress. */
    final class Step implements AutoCloseable {
        private final String chinese;
        private final String english;
        private final long startedNanos;

        private Step(String chinese, String english, long startedNanos) {
            this.chinese = chinese;
            this.english = english;
            this.startedNanos = startedNanos;
        }

        @Override
        public void close() {
            if (current == this) {
                current = null;
                display.finished(snapshot(this));
            }
        }
    }

    ProgressSnapshot snapshot() {
        Step step = current;
        return step == null ? null : snapshot(step);
    }

    private ProgressSnapshot snapshot(Step step) {
        return new ProgressSnapshot(step.chinese, step.english, filesDone.get(), filesTotal.get(), tasksDone.get(),
                Math.max(tasksDone.get(), tasksTotal.get()), rowsWritten.get(),
                Duration.ofNanos(System.nanoTime() - step.startedNanos));
    }

    private void show() {
        ProgressSnapshot snapshot = snapshot();
        if (snapshot != null) {
            display.show(snapshot);
        }
    }

    @Override
    public void inboxFiles(int files) {
        filesTotal.set(files);
    }

    @Override
    public void nextInboxFile() {
        filesDone.incrementAndGet();
    }

    @Override
    public void onJobStart(SparkListenerJobStart jobStart) {
        if (current == null) {
            return;
        }
        long tasks = 0;
        for (StageInfo stage : JavaConverters.seqAsJavaList(jobStart.stageInfos())) {
            jobOfStage.put(stage.stageId(), jobStart.jobId());
            tasks += stage.numTasks();
        }
        tasksLeftOfJob.put(jobStart.jobId(), new AtomicLong(tasks));
        tasksTotal.addAndGet(tasks);
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
        Integer job = jobOfStage.get(taskEnd.stageId());
        if (job == null) {
            return;
        }
        AtomicLong left = tasksLeftOfJob.get(job);
        if (left != null && left.getAndDecrement() > 0) {
            tasksDone.incrementAndGet();
        }
        if (taskEnd.taskMetrics() != null) {
            rowsWritten.addAndGet(taskEnd.taskMetrics().outputMetrics().recordsWritten());
        }
    }

    @Override
    public void onJobEnd(SparkListenerJobEnd jobEnd) {
        AtomicLong left = tasksLeftOfJob.remove(jobEnd.jobId());
        if (left != null && left.get() > 0) {
            // Stages skipped because their output was already computed: their tasks never run.
            tasksTotal.addAndGet(-left.get());
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        if (display != ProgressDisplay.NONE) {
            context.removeSparkListener(this);
        }
        display.close();
    }
}
