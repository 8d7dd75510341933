package dev.factline.service;

import dev.factline.model.Withdrawal;

/**
 * A published claim's page asked for after the claim was withdrawn: the page answers 410 Gone
 * stating when and why, so that a shared link does not silently break.
 */
public final class WithdrawnClaimException extends RuntimeException {

    /** Null only for a claim withdrawn before withdrawals were kept. */
    private final transient Withdrawal withdrawal;

    public WithdrawnClaimException(Withdrawal withdrawal) {
        super("the claim was withdrawn", null, false, false);
        this.withdrawal = withdrawal;
    }

    public Withdrawal withdrawal() {
        return withdrawal;
    }
}
