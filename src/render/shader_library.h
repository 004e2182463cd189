#pragma once
// Compiles the shaders kept in shaders/ (embedded as Qt resources) for the current context:
// GLSL 330 core on desktop OpenGL, GLSL ES 300 on OpenGL ES. The sources use only what both share.
#include <QOpenGLShaderProgram>

#include <memory>
#include <string>

namespace pa {

// name.vert with name.frag, or two different files.
std::unique_ptr<QOpenGLShaderProgram> buildProgram(const QString& name, std::string* error);
std::unique_ptr<QOpenGLShaderProgram> buildProgram(const QString& vertex, const QString& fragment,
                                                   std::string* error);

}  // namespace pa
