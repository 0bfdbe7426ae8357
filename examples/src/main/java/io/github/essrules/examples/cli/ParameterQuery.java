package io.github.essrules.examples.cli;

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
@JsonSerialize(as = ImmutableParameterQuery.class)
@JsonDeserialize(as = ImmutableParameterQuery.class)
public abstract class ParameterQuery {
  ParameterQuery() {}

  /**
   * The parameter's identifier, such as {@code smic-horaire-brut}.
   *
   * @return the identifier
   */
  @NotNull
  @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
  public abstract String parameter();

  /**
   * The date whose value is asked for.
   *
   * @return the date
   */
  @NotNull
  public abstract LocalDate date();
}
