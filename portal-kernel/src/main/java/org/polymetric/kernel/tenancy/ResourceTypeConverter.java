package org.polymetric.kernel.tenancy;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link ResourceType} as the lower-case word of the schema's ENUM. */
@Converter(autoApply = true)
public class ResourceTypeConverter implements AttributeConverter<ResourceType, String> {
    @Override
    public String convertToDatabaseColumn(ResourceType type) {
        return type == null ? null : type.word();
    }

    @Override
    public ResourceType convertToEntityAttribute(String word) {
        return word == null ? null : ResourceType.fromWord(word).orElseThrow();
    }
}
