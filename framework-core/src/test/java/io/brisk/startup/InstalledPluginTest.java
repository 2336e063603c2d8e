package io.brisk.startup;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.Route;
import io.brisk.annotation.Get;
import io.brisk.spi.BriskPlugin;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Brisk#installedPlugin}: what build tools use to read a plugin's work without a server. */
class InstalledPluginTest {
  /** Counts the routes it was shown. */
  static final class CountingPlugin implements BriskPlugin {
    int routes = -1;

    @Override
    public void install(Brisk app) {}

    @Override
    public void routesBuilt(Brisk app, List<Route> built) {
      routes = built.size();
    }
  }

  /** Never installed. */
  static final class OtherPlugin implements BriskPlugin {
    @Override
    public void install(Brisk app) {}
  }

  public static class Api {
    @Get("/a")
    public String a() {
      return "a";
    }
  }

  @Test
  void buildsTheRouteModelAndReturnsThePluginThatSawIt() {
    CountingPlugin plugin = new CountingPlugin();
    Brisk app = Brisk.create().include(new Api()).plugin(plugin);

    assertThat(app.installedPlugin(CountingPlugin.class)).containsSame(plugin);
    assertThat(plugin.routes).isEqualTo(1);
  }

  @Test
  void isEmptyForAPluginThatIsNotInstalled() {
    CountingPlugin removed = new CountingPlugin();
    Brisk app = Brisk.create().include(new Api()).plugin(removed).withoutPlugin(CountingPlugin.class);

    assertThat(app.installedPlugin(OtherPlugin.class)).isEmpty();
    assertThat(app.installedPlugin(CountingPlugin.class)).isEmpty();
    assertThat(removed.routes).isEqualTo(-1);
  }
}
