package io.dip.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TaskSizeTest {

    @Test
    void aLargeStudyOfDefaultRunsGoesOutIn500000StepTasks() {
        assertEquals(50, TaskSize.runsPerTask(100_000, 10_000, 48));
    }

    @Test
    void aSmallStudyGivesEveryTaskThreadFourTasks() {
        assertEquals(10, TaskSize.runsPerTask(240, 10_000, 6));
        assertEquals(1, TaskSize.runsPerTask(3, 10_000, 6));
    }

    @Test
    void shortRunsAreCappedAtTheLargestTask() {
        assertEquals(TaskSize.MAX_RUNS, TaskSize.runsPerTask(10_000_000, 1, 2));
    }
}
