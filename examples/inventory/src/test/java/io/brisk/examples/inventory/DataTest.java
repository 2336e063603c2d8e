package io.brisk.examples.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.examples.inventory.auth.PasswordHasher;
import io.brisk.examples.inventory.data.Database;
import io.brisk.examples.inventory.data.Transaction;
import io.brisk.examples.inventory.items.Category;
import io.brisk.examples.inventory.items.ItemIn;
import io.brisk.examples.inventory.items.ItemRepository;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The request transaction (commit or rollback) and the password hashes. */
class DataTest {
  private static final Database database = Database.open(Fixture.freshH2Url(), Optional.empty(), Optional.empty());

  @AfterAll
  static void close() {
    database.close();
  }

  private static long store(Optional<Throwable> outcome) throws Exception {
    Transaction tx = database.begin();
    long id = new ItemRepository(tx.handle()).create(new ItemIn("Saw", null, 20, null, Set.of("wood"), Category.tools)).id();
    tx.close(outcome);
    return id;
  }

  private static boolean exists(long id) throws Exception {
    Transaction tx = database.begin();
    try {
      return new ItemRepository(tx.handle()).find(id).isPresent();
    } finally {
      tx.close(Optional.empty());
    }
  }

  @Test
  void commitsWhatASuccessfulRequestWrote() throws Exception {
    assertThat(exists(store(Optional.empty()))).isTrue();
  }

  @Test
  void rollsBackWhatAFailedRequestWrote() throws Exception {
    assertThat(exists(store(Optional.of(new IllegalStateException("the handler failed"))))).isFalse();
  }

  @Test
  void makesCommittedWorkVisibleBeforeTheRequestEndsAndKeepsItWhenTheRestFails() throws Exception {
    Transaction tx = database.begin();
    long id = new ItemRepository(tx.handle()).create(new ItemIn("Drill", null, 50, null, Set.of(), Category.tools)).id();

    tx.commit();
    boolean visibleBeforeTheEnd = exists(id);
    tx.close(Optional.of(new IllegalStateException("rendering failed")));

    assertThat(visibleBeforeTheEnd).isTrue();
    assertThat(exists(id)).isTrue();
  }

  @Test
  void hashesPasswordsWithASaltAndChecksThem() {
    String a = PasswordHasher.hash("wonderland");
    String b = PasswordHasher.hash("wonderland");

    assertThat(a).isNotEqualTo(b).startsWith("pbkdf2-sha512$210000$").doesNotContain("wonderland");
    assertThat(PasswordHasher.matches("wonderland", a)).isTrue();
    assertThat(PasswordHasher.matches("wonderland!", a)).isFalse();
    assertThat(PasswordHasher.matches("wonderland", "plain-text")).isFalse();
  }
}
