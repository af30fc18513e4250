// SPDX-License-Identifier: EUPL-1.2
// vigil-admin bulletin publish|prepare|list|show|approve|reject: signed safety bulletins (by the
// root key, or prepared for the key holders and published --signed), and the review of the
// lessons learned advisors submit.

#include "commands.h"
#include "keysetadmin.h"

#include <memory>

namespace vigil::registry {

namespace {

struct BulletinArgs {
    BulletinOptions bulletin;
    std::string kind = "lesson_learned";
    std::vector<std::string> categories;
    std::string state = "pending", rejectReason;
    std::int64_t submission = 0;
    std::optional<std::int64_t> signedSubmission;
    std::string file;
};

} // namespace

void addBulletinCommands(AdminCommands& commands)
{
    auto a = std::make_shared<BulletinArgs>();
    auto* bulletinCmd = commands.app().add_subcommand("bulletin", "signed safety bulletins for every device");
    bulletinCmd->require_subcommand(1);
    auto* publish = bulletinCmd->add_subcommand("publish",
        "publish a bulletin: signed here with the root key, or --signed by the key holders");
    auto* prepare = bulletinCmd->add_subcommand("prepare", "write the next bulletin, unsigned, for the key holders");
    for (auto* cmd : {publish, prepare}) {
        cmd->add_option("--kind", a->kind, "lesson_learned|safety_alert")->check(enumValidator<BulletinKind>());
        cmd->add_option("--category", a->categories, "category (repeatable)")->check(enumValidator<Category>());
        cmd->add_option("--title-nl", a->bulletin.titleNl, "Dutch title");
        cmd->add_option("--title-en", a->bulletin.titleEn, "English title");
        cmd->add_option("--text-nl", a->bulletin.textNl, "Dutch text");
        cmd->add_option("--text-en", a->bulletin.textEn, "English text");
    }
    publish->add_option("--signed", a->file, "a bulletin prepared and signed by the key holders (vigil-admin sign)");
    publish->add_option("--submission", a->signedSubmission,
                        "with --signed: the submission it was prepared from (`bulletin approve ID --out`)");
    prepare->add_option("--out", a->file, "where to write it")->required();
    auto* list = bulletinCmd->add_subcommand("list", "advisors' submitted lessons learned (default: pending)");
    list->add_option("--state", a->state, "pending|published|rejected")
        ->check(CLI::IsMember({"pending", "published", "rejected"}))
        ->capture_default_str();
    auto* show = bulletinCmd->add_subcommand("show", "print a submission in full, to review it");
    auto* approve = bulletinCmd->add_subcommand("approve",
        "sign a submission and publish it to every device; with key holders, --out prepares it for them");
    approve->add_option("--out", a->file, "once key holders sign bulletins: where to write the submission for them");
    auto* reject = bulletinCmd->add_subcommand("reject", "send a submission back to its author");
    for (auto* cmd : {show, approve, reject})
        cmd->add_option("id", a->submission, "submission number (see `bulletin list`)")->required();
    reject->add_option("--reason", a->rejectReason, "what the author should change")->required();

    auto content = [a]() -> Result<BulletinOptions> {
        BulletinOptions& b = a->bulletin;
        if (b.titleNl.empty() || b.titleEn.empty() || b.textNl.empty() || b.textEn.empty())
            return Error{"give --title-nl, --title-en, --text-nl and --text-en"};
        b.kind = asEnum(a->kind, BulletinKind::LessonLearned);
        for (const auto& c : a->categories)
            b.categories.push_back(asEnum(c, Category::OtherPhysical));
        return b;
    };
    commands.onAdmin(publish, [a, content](Admin& admin) {
        if (!a->file.empty()) {
            if (!a->bulletin.titleNl.empty() || !a->bulletin.titleEn.empty() || !a->bulletin.textNl.empty()
                || !a->bulletin.textEn.empty())
                return report(Error{"--signed publishes the bulletin as the holders signed it: give no texts"});
            return report(publishSignedBulletin(admin, a->file, nowSeconds(), a->signedSubmission));
        }
        if (a->signedSubmission)
            return report(Error{"--submission goes with --signed: the bulletin the holders signed for it"});
        auto b = content();
        return b ? report(admin.publishBulletin(*b, nowSeconds())) : report(b.error());
    });
    commands.onAdmin(prepare, [a, content](Admin& admin) {
        auto b = content();
        return b ? report(prepareBulletinFile(admin, *b, nowSeconds(), a->file)) : report(b.error());
    });
    commands.onAdmin(list, [a](Admin& admin) { return report(admin.listSubmissions(a->state)); });
    commands.onAdmin(show, [a](Admin& admin) { return report(admin.showSubmission(a->submission)); });
    commands.onAdmin(approve, [a](Admin& admin) {
        if (!a->file.empty())
            return report(prepareSubmissionFile(admin, a->submission, nowSeconds(), a->file));
        return report(admin.approveSubmission(a->submission, nowSeconds()));
    });
    commands.onAdmin(reject,
        [a](Admin& admin) { return report(admin.rejectSubmission(a->submission, a->rejectReason, nowSeconds())); });
}

} // namespace vigil::registry
