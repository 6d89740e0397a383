package nl.datawijzer.lineage.openlineage;

/** A token just issued: {@code secret} is shown once and is not kept anywhere. */
public record IssuedToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "IssuedToken[" + token.id() + "]";
    }
}
