package io.github.essrules.rules.aides;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An undertaking about to receive a de minimis aid: the aid planned, the de minimis aids already
 * granted to it and to the undertakings linked to it (the "single undertaking"), and, for a grant
 * before 2024, the end of its fiscal year.
 *
 * <p>Legal basis: Règlements (UE) n° 1407/2013 and 2023/2831 (general), 2023/2832 (SIEG),
 * articles not read: ceilings and periods are [S] (law note {@code financement-et-ville.md}, §3).
 * Which undertakings form a single undertaking (majority of voting rights, power to appoint the
 * board, dominant influence…) is a qualification the user declares.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableDeMinimisFacts.class)
@JsonDeserialize(as = ImmutableDeMinimisFacts.class)
@AccessorConstraints
public abstract class DeMinimisFacts {
  DeMinimisFacts() {}

  /**
   * The undertaking that would receive the planned aid.
   *
   * @return its name or identifier
   */
  @JsonPropertyDescription("The undertaking that would receive the planned aid (name or SIREN), as the aids' "
      + "recipients spell it.")
  @NotNull
  @Size(min = 1, max = 200)
  public abstract String undertaking();

  /**
   * The other undertakings that form a single undertaking with it, as the user declares them
   * (an empty list declares none); absent, the sum cannot be made.
   *
   * @return the names, or empty when not declared
   */
  @JsonPropertyDescription("The other undertakings forming a \"single undertaking\" with it (majority of voting "
      + "rights, power to appoint or dismiss the board, dominant influence, control by agreement — Règl. (UE) "
      + "2023/2831 [S]), declared by the user; [] declares none.")
  public abstract Optional<List<@NotNull @Size(min = 1, max = 200) String>> linkedUndertakings();

  /**
   * The last day of one of its fiscal years (fiscal years are taken as twelve months ending on
   * that day of each year); needed only for an aid granted before 2024, whose period is three
   * fiscal years.
   *
   * @return the day
   */
  @JsonPropertyDescription("The last day of one of the undertaking's fiscal years (e.g. 2023-12-31); fiscal years "
      + "are taken as twelve months ending on that day each year. Needed for an aid granted before 2024: the "
      + "period of Règl. (UE) n° 1407/2013 is the current fiscal year and the two previous ones [S].")
  public abstract Optional<LocalDate> fiscalYearEnd();

  /**
   * The de minimis aids already granted to the single undertaking, under either regulation.
   *
   * @return the aids, possibly empty
   */
  @JsonPropertyDescription("The de minimis aids already granted to the undertaking and to those linked to it, "
      + "each with its grant date, amount, regulation, recipient and granting body; each is listed in the "
      + "answer with whether it counts and why.")
  @NotNull
  @Size(max = 1000)
  public abstract List<@NotNull @Valid DeMinimisAid> aids();

  /**
   * The aid planned: its grant date decides the ceiling and the period; an amount of 0 asks only
   * for the headroom.
   *
   * @return the aid
   */
  @JsonPropertyDescription("The aid planned: its grant date decides the ceiling and the period (Règl. (UE) n° "
      + "1407/2013 up to 2023-12-31, 2023/2831 and 2023/2832 from 2024-01-01 [S]); an amount of 0 asks only for "
      + "the headroom.")
  @NotNull
  @Valid
  public abstract DeMinimisAid planned();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static DeMinimisFacts.Builder builder() {
    return new DeMinimisFacts.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public DeMinimisFacts.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link DeMinimisFacts}: set its attributes, then call {@code build()}. A builder is
   * not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableDeMinimisFacts.Builder {
    /** A builder with no attribute set, as {@link DeMinimisFacts#builder()} gives. */
    public Builder() {}
  }
}
