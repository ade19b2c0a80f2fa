import { StateChip } from "@/components/StateChip";
import { isMemberStateCode } from "@/lib/forum/member-states";
import "../chips.css";

/** A thread's or an author's delegation: a Member State's chip, or "Chair" / "Secretariat". */
export function DelegationChip({ delegation, name }: { delegation: string; name: string }) {
  if (isMemberStateCode(delegation)) return <StateChip code={delegation} name={name} />;
  return <span className="role-chip">{name || delegation}</span>;
}
