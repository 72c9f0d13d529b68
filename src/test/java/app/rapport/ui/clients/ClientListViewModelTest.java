package app.rapport.ui.clients;

import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.service.RapportServices;
import app.rapport.ui.task.QueuedTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static app.rapport.ui.FxTestSupport.openStore;
import static org.assertj.core.api.Assertions.assertThat;

/** The client list after a save, on a real store, with no FX toolkit. */
class ClientListViewModelTest {
    @TempDir
    Path folder;

    private RapportServices services;

    @BeforeEach
    void open() {
        services = openStore(folder);
        services.clients().save(ClientBuilder.person("Ada", "Byron").build());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theSavedClientIsSelectedWhenTheChangeChannelsRefreshOvertakesTheSavesOwn() {
        QueuedTaskExecutor background = new QueuedTaskExecutor();
        ClientListViewModel model = new ClientListViewModel(services.clients(), background);
        model.refresh(null);
        background.runAll();
        Client saved = services.clients().save(ClientBuilder.person("Bea", "Lind").build());

        model.refresh(saved.id());
        model.refresh(null);
        background.runAll();

        assertThat(model.selectedProperty().get()).isNotNull();
        assertThat(model.selectedProperty().get().id()).isEqualTo(saved.id());
        assertThat(model.profileProperty().get().client().id()).isEqualTo(saved.id());
    }
}
