package io.github.essrules.rules.cae;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import io.github.essrules.core.validation.Arguments;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An individual accompaniment interview (C. trav. R7331-3) and its written document.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableInterview.class)
@JsonDeserialize(as = ImmutableInterview.class)
@AccessorConstraints
public abstract class Interview {
  Interview() {}

  /**
   * The day of the interview.
   *
   * @return the date
   */
  @JsonPropertyDescription("The day of the interview (C. trav. R7331-3).")
  @NotNull
  public abstract LocalDate date();

  /**
   * Whether the written document was signed by the entrepreneur.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the written document of the interview was signed by the entrepreneur (C. trav. "
      + "R7331-3).")
  public abstract Optional<Boolean> documentSigned();

  /**
   * What the document contains; empty if it contains none of the required contents.
   *
   * @return the contents, if known
   */
  @JsonPropertyDescription("What the written document contains (C. trav. R7331-3): the review and prospects of the "
      + "activity, the actions needed, the accompaniment needs; [] if it contains none of them.")
  public abstract Optional<List<@NotNull InterviewContent>> documentContents();

  /**
   * An interview that counts for R7331-3: its written document signed by the entrepreneur and
   * holding every content the article requires ({@link InterviewContent#all()}).
   *
   * <pre>{@code
   * EntrepreneurSalarie.builder()…
   *     .interviews(List.of(Interview.complete(LocalDate.of(2025, 4, 10)),
   *         Interview.complete(LocalDate.of(2025, 10, 2))))
   * }</pre>
   *
   * @param date the day of the interview, not {@code null}
   * @return the interview
   * @throws io.github.essrules.core.validation.InvalidInputException naming {@code date} if it is
   *     {@code null}
   */
  public static Interview complete(LocalDate date) {
    Arguments.required(date, "date");
    return Interview.builder().date(date).documentSigned(true).documentContents(InterviewContent.all())
        .build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Interview.Builder builder() {
    return new Interview.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public Interview.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link Interview}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableInterview.Builder {
    /** A builder with no attribute set, as {@link Interview#builder()} gives. */
    public Builder() {}
  }
}
