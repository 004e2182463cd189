#pragma once
// Compiles the shaders kept in shaders/ (embedded as Qt resources) for the current context:
// GLSL 330 core on desktop OpenGL, GLSL ES 300 on OpenGL ES. The sources use only what both share,
// and declare no vertex inputs: those come from the program's vertex layout (render/vertex_layout).
#include <QOpenGLShaderProgram>

#include <memory>
#include <string>

#include "core/diagnostic.h"
#include "render/vertex_layout.h"

namespace pa {

// vertex.vert with fragment.frag; `layout` (may be null: no vertex inputs) declares the inputs. The
// program, or the compiler's or linker's log.
Outcome<std::unique_ptr<QOpenGLShaderProgram>> buildProgram(const QString& vertex, const QString& fragment,
                                                            const VertexLayout* layout);

}  // namespace pa
