package dev.debrief.render;

import dev.debrief.files.FileProblem;
import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The templates of a templates folder, configured once: HTML output with auto-escaping, and a sandbox in
 * which a template can neither create Java objects nor reach the Java API. Safe to share between threads.
 */
final class PageTemplates {
    static final String MAIN = "report.ftlh";

    private final Configuration configuration;
    private final Path folder;

    PageTemplates(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        Optional<String> notAFolder = FileProblem.notAFolder(folder);
        if (notAFolder.isPresent()) {
            throw new IllegalArgumentException("templates folder " + folder + ": " + notAFolder.get());
        }
        if (!java.nio.file.Files.isRegularFile(this.folder.resolve(MAIN))) {
            throw new IllegalArgumentException("no " + MAIN + " in templates folder " + folder);
        }
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        try {
            config.setTemplateLoader(new FileTemplateLoader(this.folder.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read templates in " + folder, e);
        }
        config.setRecognizeStandardFileExtensions(true);
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
        config.setDefaultEncoding("UTF-8");
        config.setLocale(Locale.ENGLISH);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setNumberFormat("computer");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setObjectWrapper(new ViewWrapper());
        this.configuration = config;
    }

    Path folder() {
        return folder;
    }

    String render(DocumentView view) throws IOException, TemplateException {
        return render(MAIN, Map.of("document", view));
    }

    /** Draws {@code name} from {@code model}, whose keys are the names the template sees. */
    String render(String name, Map<String, ?> model) throws IOException, TemplateException {
        Template template = configuration.getTemplate(name);
        StringWriter out = new StringWriter(32 * 1024);
        template.process(model, out);
        return out.toString();
    }

    /** Shows view records to templates; {@link Html} values print as markup, everything else is escaped. */
    private static final class ViewWrapper extends DefaultObjectWrapper {
        ViewWrapper() {
            super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34), true);
        }

        @Override
        public TemplateModel wrap(Object value) throws TemplateModelException {
            if (value instanceof Html html) {
                return HTMLOutputFormat.INSTANCE.fromMarkup(html.markup());
            }
            return super.wrap(value);
        }
    }
}
