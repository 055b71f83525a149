package io.github.camelcoveo.push.emulator.store;

/**
 * What a delete did to one item it reached: removed it, found nothing to remove, or left it alone because the
 * delete was out of sequence (an orderingId not above the item's last one).
 */
public record DeleteOutcome(String documentId, Result result) {

    public enum Result { REMOVED, ABSENT, OUT_OF_SEQUENCE }

    public boolean applied() {
        return result != Result.OUT_OF_SEQUENCE;
    }
}
