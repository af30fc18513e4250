// SPDX-License-Identifier: EUPL-1.2
// vigil-admin bulletin publish|list|show|approve|reject: signed safety bulletins, and the
// review of the lessons learned advisors submit.

#include "commands.h"

#include <memory>

namespace vigil::registry {

namespace {

struct BulletinArgs {
    BulletinOptions bulletin;
    std::string kind = "lesson_learned";
    std::vector<std::string> categories;
    std::string state = "pending", rejectReason;
    std::int64_t submission = 0;
};

} // namespace

void addBulletinCommands(AdminCommands& commands)
{
    auto a = std::make_shared<BulletinArgs>();
    auto* bulletinCmd = commands.app().add_subcommand("bulletin", "signed safety bulletins for every device");
    bulletinCmd->require_subcommand(1);
    auto* publish = bulletinCmd->add_subcommand("publish", "publish a bulletin");
    publish->add_option("--kind", a->kind, "lesson_learned|safety_alert")->check(enumValidator<BulletinKind>());
    publish->add_option("--category", a->categories, "category (repeatable)")->check(enumValidator<Category>());
    publish->add_option("--title-nl", a->bulletin.titleNl, "Dutch title")->required();
    publish->add_option("--title-en", a->bulletin.titleEn, "English title")->required();
    publish->add_option("--text-nl", a->bulletin.textNl, "Dutch text")->required();
    publish->add_option("--text-en", a->bulletin.textEn, "English text")->required();
    auto* list = bulletinCmd->add_subcommand("list", "advisors' submitted lessons learned (default: pending)");
    list->add_option("--state", a->state, "pending|published|rejected")
        ->check(CLI::IsMember({"pending", "published", "rejected"}))
        ->capture_default_str();
    auto* show = bulletinCmd->add_subcommand("show", "print a submission in full, to review it");
    auto* approve = bulletinCmd->add_subcommand("approve", "sign a submission and publish it to every device");
    auto* reject = bulletinCmd->add_subcommand("reject", "send a submission back to its author");
    for (auto* cmd : {show, approve, reject})
        cmd->add_option("id", a->submission, "submission number (see `bulletin list`)")->required();
    reject->add_option("--reason", a->rejectReason, "what the author should change")->required();

    commands.onAdmin(publish, [a](Admin& admin) {
        a->bulletin.kind = asEnum(a->kind, BulletinKind::LessonLearned);
        for (const auto& c : a->categories)
            a->bulletin.categories.push_back(asEnum(c, Category::OtherPhysical));
        return report(admin.publishBulletin(a->bulletin, nowSeconds()));
    });
    commands.onAdmin(list, [a](Admin& admin) { return report(admin.listSubmissions(a->state)); });
    commands.onAdmin(show, [a](Admin& admin) { return report(admin.showSubmission(a->submission)); });
    commands.onAdmin(
        approve, [a](Admin& admin) { return report(admin.approveSubmission(a->submission, nowSeconds())); });
    commands.onAdmin(reject,
        [a](Admin& admin) { return report(admin.rejectSubmission(a->submission, a->rejectReason, nowSeconds())); });
}

} // namespace vigil::registry
