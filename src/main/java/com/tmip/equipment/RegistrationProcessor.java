package com.tmip.equipment;

import com.tmip.cod.CodDocuments;
import com.tmip.equipment.rules.EquipmentValidator;
import com.tmip.run.MappedRow;

import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;

/**
 * Checks each equipment row against the rules of the run ({@link EquipmentValidator}): the row becomes a
 * {@link CheckedRow}, valid with its registration or rejected with every violation (also those the reader found in
 * its cells). The CoD files it verifies are kept in {@link #codDocuments()} for the writer to store with the chunk.
 */
public class RegistrationProcessor implements ItemProcessor<MappedRow<EquipmentRow>, CheckedRow>, ItemStream {

    private final EquipmentValidator validator;
    private final CodDocuments codDocuments;

    /** @param codDocuments the run's CoD files, the ones {@code validator} verifies */
    public RegistrationProcessor(EquipmentValidator validator, CodDocuments codDocuments) {
        this.validator = validator;
        this.codDocuments = codDocuments;
    }

    @Override
    public CheckedRow process(MappedRow<EquipmentRow> mapped) {
        return CheckedRow.of(mapped.source(), validator.check(mapped.row()));
    }

    /** The CoD files this processor's rows named, verified once each, for the writer of the same step. */
    public CodDocuments codDocuments() {
        return codDocuments;
    }
}
