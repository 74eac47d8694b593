import { Forbidden } from "@/components/auth/forbidden";

// What a signed-in official sees, with HTTP 403, on a page outside their rights (forbidden()).
export default function ForbiddenPage() {
  return <Forbidden />;
}
