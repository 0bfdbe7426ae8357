package io.github.essrules.rules.foncier;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A transfer of the rights of a bail réel solidaire d'activité (CCH R256-2): the acquisition price
 * and date, the index the OFS chose, the improvement works, the transfer date and the price
 * proposed.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableBrsActiviteFacts.class)
@JsonDeserialize(as = ImmutableBrsActiviteFacts.class)
@AccessorConstraints
public abstract class BrsActiviteFacts {
  BrsActiviteFacts() {}

  /**
   * The price paid for the rights at acquisition.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The price paid for the rights at acquisition, in euros: the base the transfer cap "
      + "actualises (CCH R256-2).")
  @NotNull
  @Positive
  @Digits(integer = 12, fraction = 2)
  public abstract BigDecimal acquisitionPrice();

  /**
   * The day of the acquisition.
   *
   * @return the date
   */
  @JsonPropertyDescription("The day of the acquisition (the index quarter at acquisition is picked at it).")
  @NotNull
  public abstract LocalDate acquisitionDate();

  /**
   * The day of the transfer.
   *
   * @return the date
   */
  @JsonPropertyDescription("The day of the transfer, from 18 July 2024 (CCH R256-2 in force).")
  @NotNull
  public abstract LocalDate transferDate();

  /**
   * The index the OFS chose and how its quarters are picked.
   *
   * @return the terms
   */
  @JsonPropertyDescription("The index the OFS chose and how its quarters are picked (CCH R256-2: the acquisition "
      + "price actualised by the index's variation).")
  @NotNull
  @Valid
  public abstract IndexTerms index();

  /**
   * The improvement works between acquisition and transfer, each saying whether it adapted the
   * premises to the seller's activity, if known; empty when there were none. Left out
   * ({@linkplain io.github.essrules.rules unknown and empty facts}), the cap is computed without
   * works — a floor, with a notice — and a price above it is undetermined, naming {@code /works}.
   *
   * @return the works, if known
   */
  @JsonPropertyDescription("The improvement works between acquisition and transfer, each saying whether it adapted "
      + "the premises to the seller's activity (excluded, CCH R256-2); [] when there were none; "
      + "left out, the cap is computed without works (a floor) and a price above it is "
      + "undetermined.")
  public abstract Optional<List<@NotNull @Valid Works>> works();

  /**
   * The price proposed, if any.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The price proposed for the rights, in euros, if any: checked against the cap.")
  public abstract Optional<@Positive @Digits(integer = 12, fraction = 2) BigDecimal> proposedPrice();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static BrsActiviteFacts.Builder builder() {
    return new BrsActiviteFacts.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public BrsActiviteFacts.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link BrsActiviteFacts}: set its attributes, then call {@code build()}. A builder is
   * not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableBrsActiviteFacts.Builder {
    /** A builder with no attribute set, as {@link BrsActiviteFacts#builder()} gives. */
    public Builder() {}
  }

  @AssertTrue(message = "{ess-rules:validation.foncier.adaptation}")
  boolean everyWorksSaysIfItAdaptedThePremises() {
    return works().orElse(List.of()).stream().allMatch(w -> w == null || w.adaptationToActivity().isPresent());
  }

  @AssertTrue(message = "{ess-rules:validation.foncier.resale-before-purchase}")
  boolean transferAfterAcquisition() {
    return acquisitionDate() == null || transferDate() == null || !transferDate().isBefore(acquisitionDate());
  }
}
