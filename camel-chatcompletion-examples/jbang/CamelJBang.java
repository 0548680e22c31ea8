import org.apache.camel.dsl.jbang.core.commands.CamelJBangMain;

/**
 * The {@code camel} command, as Camel JBang's own launcher script (camel-jbang-main's CamelJBang.java) defines it:
 * hands the arguments to {@link CamelJBangMain}. Run with the JDK's source launcher on camel-jbang-core's class path.
 */
public class CamelJBang {

    public static void main(String... args) {
        CamelJBangMain.run(args);
    }
}
