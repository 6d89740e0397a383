package nl.datawijzer.opendata.ckan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A package dict as CKAN 2.10 returns it from {@code package_show} (and ckanext-dcat fills it from DCAT): the JSON
 * names are CKAN's. Ids are name-based UUIDs of the IRIs, so they stay the same across restarts and rebuilds; the
 * {@code extras} carry what CKAN core has no field for (frequency, contact, the dataset's IRI, its themes).
 */
public record CkanPackage(
        String id,
        String name,
        String title,
        String notes,
        String url,
        @JsonProperty("license_id") @Nullable String licenseId,
        @JsonProperty("license_title") @Nullable String licenseTitle,
        @JsonProperty("license_url") @Nullable String licenseUrl,
        boolean isopen,
        @JsonProperty("owner_org") @Nullable String ownerOrg,
        @Nullable Organization organization,
        List<Group> groups,
        List<Tag> tags,
        List<Resource> resources,
        List<Extra> extras,
        @Nullable String maintainer,
        @JsonProperty("maintainer_email") @Nullable String maintainerEmail,
        @JsonProperty("contact_email") @Nullable String contactEmail,
        @JsonProperty("metadata_created") @Nullable String metadataCreated,
        @JsonProperty("metadata_modified") @Nullable String metadataModified,
        @JsonProperty("num_resources") int numResources,
        @JsonProperty("num_tags") int numTags,
        String state,
        @JsonProperty("private") boolean isPrivate,
        String type) {

    public CkanPackage {
        groups = List.copyOf(groups);
        tags = List.copyOf(tags);
        resources = List.copyOf(resources);
        extras = List.copyOf(extras);
    }

    /** The publisher as a CKAN organization; {@code package_count} only in {@code organization_list}. */
    public record Organization(String id, String name, String title,
            @JsonProperty("display_name") String displayName, String description, String type, String state,
            @JsonProperty("is_organization") boolean isOrganization,
            @JsonProperty("approval_status") String approvalStatus,
            @JsonProperty("package_count") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer packageCount) {

        public Organization withPackageCount(int count) {
            return new Organization(id, name, title, displayName, description, type, state, isOrganization,
                    approvalStatus, count);
        }
    }

    /** An EU data theme as a CKAN group: name is the theme code in lower case, title its Dutch label. */
    public record Group(String id, String name, String title, @JsonProperty("display_name") String displayName,
            String description, String type, String state,
            @JsonProperty("is_organization") boolean isOrganization,
            @JsonProperty("package_count") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer packageCount) {

        public Group withPackageCount(int count) {
            return new Group(id, name, title, displayName, description, type, state, isOrganization, count);
        }
    }

    public record Tag(String name, @JsonProperty("display_name") String displayName, String state,
            @JsonProperty("vocabulary_id") @Nullable String vocabularyId) {
    }

    /** A distribution. {@code url} is the download URL where there is one, else the access URL. */
    public record Resource(String id, @JsonProperty("package_id") String packageId, String name, String description,
            String url, @JsonProperty("access_url") String accessUrl,
            @JsonProperty("download_url") @Nullable String downloadUrl, @Nullable String format,
            @Nullable String mimetype, @Nullable Long size, @Nullable String hash, @Nullable String license,
            int position, String state) {
    }

    public record Extra(String key, String value) {
    }
}
