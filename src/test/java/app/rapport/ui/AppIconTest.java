package app.rapport.ui;

import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The window carries Rapport's own icon, in every size a window manager may pick from. */
@ExtendWith(ApplicationExtension.class)
class AppIconTest {
    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void everyIconSizeLoadsAtItsOwnSize() {
        List<Image> icons = RapportApplication.icons();

        assertThat(icons).hasSize(7);
        assertThat(icons).allSatisfy(icon -> assertThat(icon.isError()).as("%s loads", icon.getUrl()).isFalse());
        assertThat(icons).extracting(Image::getWidth).containsExactly(16.0, 24.0, 32.0, 48.0, 64.0, 128.0, 256.0);
        assertThat(icons).extracting(Image::getHeight).containsExactly(16.0, 24.0, 32.0, 48.0, 64.0, 128.0, 256.0);
    }
}
