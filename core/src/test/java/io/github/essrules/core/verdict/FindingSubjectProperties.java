package io.github.essrules.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.i18n.CoreMessages;
import io.github.essrules.core.i18n.Message;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * {@link Finding#about} labels a subtree with its subject when the subtree is first read: the
 * tree read is the one an eager copy of every descendant gives, whatever the nesting of subjects
 * (a CAE report labels each interview, then its period, then its entrepreneur).
 */
class FindingSubjectProperties {
  private static final Message MESSAGE = Message.of(CoreMessages.get(), "outcome.SATISFIED");
  private static final LegalReference REF =
      LegalReference.of(TextKind.CODE_ARTICLE, "C. trav., art. R7331-3", Confidence.VERIFIED);

  /** The reference: every descendant rebuilt with the subject put before its own. */
  private static Finding labelledEagerly(Finding f, String subject) {
    List<Finding> kids = new ArrayList<>();
    for (Finding k : f.children()) {
      kids.add(labelledEagerly(k, subject));
    }
    return Finding.builder().from(f).children(kids)
        .subject(java.util.Optional.of(f.subject().map(own -> subject + "/" + own).orElse(subject))).build();
  }

  /** The same random tree twice, one labelled by {@code about}, the other by the reference. */
  private static Finding[] tree(Random random, int depth, int[] counter) {
    int n = depth == 0 ? 0 : random.nextInt(4);
    List<Finding> lazyKids = new ArrayList<>();
    List<Finding> eagerKids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Finding[] pair = tree(random, depth - 1, counter);
      lazyKids.add(pair[0]);
      eagerKids.add(pair[1]);
    }
    String id = "f" + counter[0]++;
    Outcome outcome = Outcome.values()[random.nextInt(Outcome.values().length)];
    Finding lazy;
    Finding eager;
    if (n == 0 && outcome == Outcome.UNDETERMINED) {
      lazy = Finding.missing(id, REF, MESSAGE, "/" + id);
      eager = lazy;
    } else if (n == 0 && outcome != Outcome.UNDETERMINED) {
      lazy = Finding.decided(id, outcome, REF, MESSAGE);
      eager = lazy;
    } else {
      lazy = Finding.decided(id, outcome, REF, MESSAGE, lazyKids);
      eager = Finding.decided(id, outcome, REF, MESSAGE, eagerKids);
    }
    if (random.nextInt(3) > 0) {
      String subject = "part" + depth + ":" + counter[0];
      lazy = lazy.about(subject);
      eager = labelledEagerly(eager, subject);
    }
    return new Finding[] {lazy, eager};
  }

  @Property(tries = 300)
  void aSubtreeLabelledByAboutReadsAsOneWhoseEveryFindingWasCopied(@ForAll long seed) {
    Finding[] pair = tree(new Random(seed), 4, new int[1]);
    Finding lazy = pair[0].about("entrepreneur:amina");
    Finding eager = labelledEagerly(pair[1], "entrepreneur:amina");
    assertThat(lazy).isEqualTo(eager);
    assertThat(lazy.hashCode()).isEqualTo(eager.hashCode());
    assertThat(qualifiedIds(lazy)).isEqualTo(qualifiedIds(eager));
    Verdict v = Verdict.builder().ruleId("r").asOf(LocalDate.of(2026, 1, 1)).outcome(lazy.outcome())
        .addFindings(lazy).build();
    Verdict w = Verdict.builder().ruleId("r").asOf(LocalDate.of(2026, 1, 1)).outcome(eager.outcome())
        .addFindings(eager).build();
    assertThat(EssJson.write(v)).isEqualTo(EssJson.write(w));
    assertThat(EssJson.read(EssJson.write(v), Verdict.class)).isEqualTo(w);
    assertThat(v.failures()).isEqualTo(w.failures());
  }

  private static List<String> qualifiedIds(Finding f) {
    List<String> ids = new ArrayList<>();
    ids.add(f.qualifiedId());
    for (Finding k : f.children()) {
      ids.addAll(qualifiedIds(k));
    }
    return ids;
  }

  @Test
  void anInterviewOfAPeriodOfAnEntrepreneurIsAboutAllThree() {
    Finding item = Finding.decided("cae.R7331-3.interview.item", Outcome.NOT_SATISFIED, REF, MESSAGE)
        .about("item:unsigned");
    Finding interview = Finding.decided("cae.R7331-3.interview", Outcome.NOT_SATISFIED, REF, MESSAGE,
        List.of(item)).about("interview:2025-04-02");
    Finding period = Finding.decided("cae.R7331-3.period", Outcome.NOT_SATISFIED, REF, MESSAGE,
        List.of(interview)).about("period:2025-03-01");
    Finding person = Finding.decided("cae.entrepreneur", Outcome.NOT_SATISFIED, REF, MESSAGE, List.of(period))
        .about("entrepreneur:amina");
    Finding read = person.children().get(0).children().get(0).children().get(0);
    assertThat(read.subject()).hasValue("entrepreneur:amina/period:2025-03-01/interview:2025-04-02/item:unsigned");
    assertThat(read.subjectOf("period")).hasValue("2025-03-01");
    // the labelled findings are kept: a second read gives the same instances
    assertThat(person.children().get(0)).isSameAs(person.children().get(0));
    assertThat(period.children().get(0).subject()).hasValue("period:2025-03-01/interview:2025-04-02");
  }

  @Test
  void labelledChildrenCannotBeChanged() {
    Finding leaf = Finding.decided("leaf", Outcome.SATISFIED, REF, MESSAGE);
    Finding person = Finding.decided("person", Outcome.SATISFIED, REF, MESSAGE, List.of(leaf))
        .about("entrepreneur:amina");
    assertThatThrownBy(() -> person.children().add(leaf)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> person.children().set(0, leaf)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> person.children().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(person.children()).hasSize(1);
  }

  @Test
  void threadsReadingALabelledSubtreeAtOnceGetTheSameFindings() throws Exception {
    List<Finding> leaves = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      leaves.add(Finding.decided("leaf" + i, Outcome.SATISFIED, REF, MESSAGE).about("year:" + (2000 + i)));
    }
    for (int round = 0; round < 20; round++) {
      Finding person = Finding.decided("person", Outcome.SATISFIED, REF, MESSAGE, leaves).about("entrepreneur:amina");
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<Finding>> reads = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        reads.add(CompletableFuture.supplyAsync(() -> {
          try {
            start.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return person.children().get(199);
        }));
      }
      start.countDown();
      Finding first = reads.get(0).get();
      assertThat(first.subject()).hasValue("entrepreneur:amina/year:2199");
      for (CompletableFuture<Finding> r : reads) {
        assertThat(r.get()).isSameAs(first);
      }
    }
  }
}
