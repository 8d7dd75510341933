package dev.factline.testing;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/** Prints, at the end of a test run, how many responses {@link ResponseLeaks} checked. */
public final class LeakCheckReport implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (ResponseLeaks.checked() > 0) {
            System.out.println("ResponseLeaks: " + ResponseLeaks.checked() + " responses checked, none leaked");
        }
    }
}
