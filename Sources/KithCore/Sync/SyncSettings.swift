/// What `kith sync` exchanges and where: the `[sync]` table of `config.toml`.
///
/// Folders are absolute paths with `~` already expanded. `tags` limits which people leave the
/// machine (empty: everyone); `privateFields` names contact fields kept local (`notes`, `promises`…).
package struct SyncSettings: Hashable, Sendable {
    /// A contacts vdir: a folder holding one `.vcf` file per contact.
    package var contactsFolder: String
    /// A tasks vdir for suggested actions as VTODOs, or nil to write none.
    package var tasksFolder: String?
    /// Only people with at least one of these tags are synced; empty means everyone.
    package var tags: [String]
    /// Contact fields that never leave the machine.
    package var privateFields: [String]
    /// How many days of suggested actions become tasks, counting today.
    package var taskDays: Int

    package init(
        contactsFolder: String,
        tasksFolder: String? = nil,
        tags: [String] = [],
        privateFields: [String] = [],
        taskDays: Int = 14
    ) {
        self.contactsFolder = contactsFolder
        self.tasksFolder = tasksFolder
        self.tags = tags
        self.privateFields = privateFields
        self.taskDays = taskDays
    }
}
