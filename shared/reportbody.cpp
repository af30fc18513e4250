// SPDX-License-Identifier: EUPL-1.2
#include "reportbody.h"

#include "padding.h"
#include "reportcodec.h"

namespace vigil {

Result<WipedBytes> encodeReportBody(const Report& report, std::span<const Bytes> attachments)
{
    if (attachments.size() != report.attachments.size())
        return Error{"report body: " + std::to_string(attachments.size()) + " attachments given, the report lists "
                     + std::to_string(report.attachments.size())};
    for (std::size_t i = 0; i < attachments.size(); ++i)
        if (attachments[i].size() != report.attachments[i].size)
            return Error{"report body: attachment " + std::to_string(i) + " is " + std::to_string(attachments[i].size())
                         + " bytes, the report says " + std::to_string(report.attachments[i].size)};
    auto json = encodeReport(report);
    if (!json)
        return json.error();
    std::size_t total = 4 + json->size();
    for (const auto& a : attachments)
        total += a.size();
    // Room for the seal's padding as well: the body is padded where it lies (seal.cpp).
    Bytes body;
    body.reserve(paddedSize(total));
    ByteWriter length;
    length.u32(static_cast<std::uint32_t>(json->size()));
    body.assign(length.data().begin(), length.data().end());
    body.insert(body.end(), json->begin(), json->end());
    wipe(*json);
    for (const auto& a : attachments)
        body.insert(body.end(), a.begin(), a.end());
    return WipedBytes(std::move(body));
}

Result<ReportBody> decodeReportBody(ByteView plaintext)
{
    ByteReader r(plaintext, "report body");
    auto jsonLen = r.u32("report_len");
    if (!jsonLen)
        return jsonLen.error();
    if (*jsonLen > limits::reportJson)
        return Error{"report body: report of " + std::to_string(*jsonLen) + " bytes exceeds the limit"};
    auto json = r.bytes(*jsonLen, "report");
    if (!json)
        return json.error();
    auto report = decodeReport(std::string_view(reinterpret_cast<const char*>(json->data()), json->size()));
    if (!report)
        return report.error();
    ReportBody body;
    for (const auto& info : report->attachments) {
        auto data = r.bytes(static_cast<std::size_t>(info.size), "attachment");
        if (!data)
            return data.error();
        body.attachments.emplace_back(Bytes(data->begin(), data->end()));
    }
    if (auto end = r.expectEnd(); !end)
        return end.error();
    body.report = std::move(*report);
    return body;
}

} // namespace vigil
