package io.github.essrules.examples.cli;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The input of {@code ess parameter --input FILE}: which legal amount, on which date.
 *
 * <pre>
 * {"parameter": "smic-horaire-brut", "date": "2024-11-01"}
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonClassDescription("A legal amount and the date whose value is asked for (ess parameter --input FILE).")
@JsonSerialize(as = ImmutableParameterQuery.class)
@JsonDeserialize(as = ImmutableParameterQuery.class)
public abstract class ParameterQuery {
  ParameterQuery() {}

  /**
   * The parameter's identifier, such as {@code smic-horaire-brut}.
   *
   * @return the identifier
   */
  @JsonPropertyDescription("The identifier of the legal amount, such as smic-horaire-brut or "
      + "plafond-securite-sociale-annuel.")
  @NotNull
  @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
  public abstract String parameter();

  /**
   * The date whose value is asked for.
   *
   * @return the date
   */
  @JsonPropertyDescription("The date whose value is asked for.")
  @NotNull
  public abstract LocalDate date();
}
