package dev.dunning.service.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every boolean request parameter of every controller is read with {@link StrictBoolean}. Spring's own reading takes
 * {@code 1}, {@code yes} and {@code on} for true, and falls back to it even when a converter refuses a value, so the
 * strict reading is a property editor, which binding asks first; a bad value is a 400 problem naming the parameter.
 */
@ControllerAdvice
class StrictBooleanParameters {

    @InitBinder
    void strictBooleans(WebDataBinder binder) {
        binder.registerCustomEditor(boolean.class, new Editor());
        binder.registerCustomEditor(Boolean.class, new Editor());
    }

    /** Repeated parameters reach it joined with commas ({@code false,true}), which it refuses like any other text. */
    private static final class Editor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(StrictBoolean.of(text).orElse(null));
        }
    }
}
