package hotline.model;

/** A category synonym or keyword with its toneless pinyin and initials (both null when it has no Chinese). */
public record SearchTermDto(String text, String pinyin, String initials) {
}
