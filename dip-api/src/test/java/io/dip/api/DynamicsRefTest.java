package io.dip.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A weak handle on the nominal model: live while its owner holds it, a clear error once released. */
class DynamicsRefTest {

    /** A model that only has to exist: the reference never calls it. */
    private static final class NamedModel implements DynamicsModel {
        @Override
        public String name() {
            return "full";
        }

        @Override
        public void derivative(double[] x, double u, double[] out) {
            throw new UnsupportedOperationException("not used by DynamicsRef");
        }

        @Override
        public void massMatrix(double[] x, double[] out9) {
            throw new UnsupportedOperationException("not used by DynamicsRef");
        }

        @Override
        public void bias(double[] x, double[] out3) {
            throw new UnsupportedOperationException("not used by DynamicsRef");
        }

        @Override
        public double energy(double[] x) {
            throw new UnsupportedOperationException("not used by DynamicsRef");
        }

        @Override
        public PhysicalParameters parameters() {
            return PhysicalParameters.DEFAULTS;
        }
    }

    @Test
    void returnsTheModelWhileItsOwnerHoldsIt() {
        DynamicsModel model = new NamedModel();
        DynamicsRef ref = DynamicsRef.of(model);
        assertSame(model, ref.get());
        assertFalse(ref.isReleased());
    }

    @Test
    void clearedReferenceThrowsWithAdvice() {
        DynamicsModel model = new NamedModel();
        DynamicsRef ref = DynamicsRef.of(model);
        ref.clear();
        ref.clear();
        assertTrue(ref.isReleased());
        DynamicsReleasedException e = assertThrows(DynamicsReleasedException.class, ref::get);
        assertTrue(e.getMessage().contains("nominal dynamics model 'full'"), e.getMessage());
        assertTrue(e.getMessage().contains("Keep a strong reference"), e.getMessage());
        assertTrue(DynamicsRef.of(model).get() == model, "clearing one handle leaves the model usable");
    }

    @Test
    void collectedModelThrowsWithAdvice() throws InterruptedException {
        DynamicsRef ref = DynamicsRef.of(new NamedModel());
        for (int attempt = 0; attempt < 50 && !ref.isReleased(); attempt++) {
            System.gc();
            Thread.sleep(10);
        }
        assertTrue(ref.isReleased(), "an unreachable model was not collected after 50 System.gc() calls");
        DynamicsReleasedException e = assertThrows(DynamicsReleasedException.class, ref::get);
        assertTrue(e.getMessage().contains("has been released"), e.getMessage());
        assertTrue(e.getMessage().contains("create the controller again with a live model"), e.getMessage());
    }

    @Test
    void rejectsNull() {
        assertThrows(IllegalArgumentException.class, () -> DynamicsRef.of(null));
    }
}
