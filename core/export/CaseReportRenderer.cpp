#include "export/CaseReportRenderer.h"

#include <atomic>

namespace lpdesk {

namespace {

// Installed before any export starts, read by the export workers.
std::atomic<CaseReportRenderer::Render> g_render {nullptr};

} // namespace

void CaseReportRenderer::install(Render render)
{
    g_render.store(render);
}

bool CaseReportRenderer::installed()
{
    return g_render.load() != nullptr;
}

Result<QByteArray> CaseReportRenderer::pdf(const PackageModel& model)
{
    const Render render = g_render.load();
    if (!render)
        return failure(tr("This program cannot write the case report (it has no report renderer), so it cannot "
                          "write a package."));
    return render(model);
}

} // namespace lpdesk
