package dev.gilscan.rules;

import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.rules.process.ForkWithRunningThreads;
import dev.gilscan.rules.process.ProcessStartWithoutMainGuard;
import dev.gilscan.rules.process.UnpicklableCallableToProcessPool;
import dev.gilscan.rules.process.WorkerWritesLostInParent;
import dev.gilscan.rules.races.CheckThenActRace;
import dev.gilscan.rules.races.LockAcquireWithoutReleaseOnError;
import dev.gilscan.rules.races.LockOrderInversion;
import dev.gilscan.rules.races.UnsynchronizedReadModifyWrite;
import dev.gilscan.rules.threads.CpuBoundWorkInThreadPool;
import java.util.List;

/** The built-in rules, sorted by id. A test checks that every rule class is listed here. */
public final class BuiltinRules {
    private BuiltinRules() {}

    /** One instance of every built-in rule, sorted by id. */
    public static List<Check> all() {
        return List.of(
                new CpuBoundWorkInThreadPool(),
                new ProcessStartWithoutMainGuard(),
                new UnpicklableCallableToProcessPool(),
                new WorkerWritesLostInParent(),
                new ForkWithRunningThreads(),
                new UnsynchronizedReadModifyWrite(),
                new CheckThenActRace(),
                new LockAcquireWithoutReleaseOnError(),
                new LockOrderInversion());
    }
}
