package org.polymetric.kernel.identity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link AccessLevel} as the lower-case word of the schema's ENUM. */
@Converter(autoApply = true)
public class AccessLevelConverter implements AttributeConverter<AccessLevel, String> {
    @Override
    public String convertToDatabaseColumn(AccessLevel level) {
        return level == null ? null : level.word();
    }

    @Override
    public AccessLevel convertToEntityAttribute(String word) {
        return word == null ? null : AccessLevel.fromWord(word).orElseThrow();
    }
}
