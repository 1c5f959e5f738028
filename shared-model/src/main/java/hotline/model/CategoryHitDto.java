package hotline.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A search or suggestion result; {@code score} is set by suggest only. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CategoryHitDto(String code, String name, String nameEn, String domain, String path, Double score) {
}
